// `lambda-workbench generate-event SOURCE TYPE [--PARAM VALUE]...`: prints a sample event (SAM CLI's
// names); `--list` shows sources, types and parameters; `--function` shapes it by the template's trigger.
import { dirname } from 'node:path';
import {
  createSavedEvent,
  EventParameterError,
  generateSampleEvent,
  listSampleEvents,
  SavedEventError,
  TemplateEventError,
  templateSampleFor,
  UnknownSampleEventError,
} from '../../events';
import { FunctionNotFoundError } from '../../template-model';
import { UsageError, type Command, type CommandIo } from '../command';
import { loadTemplate } from '../template-file';

/** Options of `--function` mode; every other `--name value` there is an event parameter. */
const TEMPLATE_OPTIONS = ['function', 'template', 'event', 'stage', 'save'];

/** `--name value` / `--name=value` pairs into a record; anything else is bad usage. */
function parseParams(args: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const match = /^--([A-Za-z0-9][\w-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`Expected --PARAMETER VALUE, got: ${arg}`);
    const [, name, inline] = match;
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`Missing value for --${name}`);
    if (Object.hasOwn(params, name)) throw new UsageError(`Parameter given twice: --${name}`);
    params[name] = value;
  }
  return params;
}

function list(positionals: string[], json: boolean, io: CommandIo): number {
  const [source, type, ...extra] = positionals;
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  const matches = listSampleEvents(source, type);
  // One write: the listing is often piped into grep or head.
  let text: string;
  if (json) {
    text = `${JSON.stringify(matches, null, 2)}\n`;
  } else if (type !== undefined) {
    const [event] = matches;
    const lines = Object.entries(event.params).map(([name, spec]) => `  --${name.padEnd(20)} ${spec.help} (default: ${spec.default === '' ? '""' : spec.default})`);
    text = [`${event.source} ${event.type}: ${event.help}`, ...lines, ''].join('\n');
  } else {
    const width = Math.max(...matches.map((e) => `${e.source} ${e.type}`.length));
    text = matches.map((e) => `${`${e.source} ${e.type}`.padEnd(width)}  ${e.help}\n`).join('');
  }
  io.stdout.write(text);
  return 0;
}

async function fromTemplate(args: string[], io: CommandIo): Promise<number> {
  const given = parseParams(args);
  const option = (name: string): string | undefined => given[name];
  const overrides = Object.fromEntries(Object.entries(given).filter(([name]) => !TEMPLATE_OPTIONS.includes(name)));
  const functionId = option('function');
  if (!functionId) throw new UsageError('--function is required with --template, --event, --stage or --save');
  const template = loadTemplate(io.cwd, option('template'));
  const sample = templateSampleFor(template.model, functionId, option('event'), { stage: option('stage') });
  if (sample.constantInput !== undefined && Object.keys(overrides).length) {
    throw new UsageError(`${sample.eventName} delivers its constant Input; parameters do not apply: ${Object.keys(overrides).map((n) => `--${n}`).join(', ')}`);
  }
  // Parameters given on the command line refine the template's trigger, e.g. --key uploads/cat.jpg.
  const event = sample.constantInput ?? generateSampleEvent(sample.source, sample.type, { ...sample.params, ...overrides });
  const save = option('save');
  if (save) {
    const ref = await createSavedEvent(dirname(template.path), functionId, save, event);
    io.stderr.write(`Saved ${ref.path}\n`);
  }
  io.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
  return 0;
}

export const generateEventCommand: Command = {
  usage: `Usage: lambda-workbench generate-event SOURCE TYPE [--PARAMETER VALUE]...
       lambda-workbench generate-event --list [SOURCE [TYPE]] [--json]
       lambda-workbench generate-event --function NAME [--template FILE] [--event EVENT] [--stage STAGE] [--save NAME] [--PARAMETER VALUE]...

Prints a sample event as JSON. Sources, types and parameters use SAM CLI's names
(sam local generate-event), e.g. "s3 put --bucket photos --key uploads/cat.jpg".
  --list             list sources and types; "--list s3 put" shows the parameters and defaults
  --function NAME    the event the function's trigger in the template would deliver (bucket, key
                     filters, queue, route, schedule…); --event picks the trigger by name
  --save NAME        also save it as .lambda-workbench/events/FUNCTION/NAME.json beside the template`,

  async run(args, io) {
    try {
      if (args[0] === '--list') return list(args.slice(1).filter((a) => a !== '--json'), args.includes('--json'), io);
      if (args[0]?.startsWith('--')) return await fromTemplate(args, io);
      const [source, type, ...rest] = args;
      if (source === undefined) throw new UsageError(`Missing SOURCE (sources: ${[...new Set(listSampleEvents().map((e) => e.source))].join(', ')})`);
      if (type === undefined || type.startsWith('--')) {
        throw new UsageError(`Missing TYPE for ${source} (types: ${listSampleEvents(source).map((e) => e.type).join(', ')})`);
      }
      const event = generateSampleEvent(source, type, parseParams(rest));
      io.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof UnknownSampleEventError || error instanceof EventParameterError || error instanceof TemplateEventError) {
        throw new UsageError(error.message);
      }
      if (error instanceof FunctionNotFoundError || error instanceof SavedEventError) throw new UsageError(error.message);
      throw error;
    }
  },
};
