// `lambda-workbench invoke`: runs one function once in the local Lambda runtime. stdout carries exactly the
// payload Lambda's Invoke returns; stderr the logs. Exit 0 success, 1 function error, 2 bad usage or input.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { sampleEventByName } from '../../events';
import { EnvFileError, LambdaServiceError, LocalFunction, UnsupportedRuntimeError } from '../../runtime';
import type { FunctionConfig, TemplateModel } from '../../template-model';
import { parseCommandArgs } from '../args';
import { UsageError, type Command, type CommandIo } from '../command';

export const invokeCommand: Command = {
  usage: `Usage: lambda-workbench invoke [FUNCTION] [--template FILE] [--handler FILE.FN --code-dir DIR --runtime ID --function-name NAME]
                              [--event FILE|- | --sample SOURCE:TYPE] [--timeout S] [--memory MB] [--env KEY=VAL]... [--env-file FILE]

Runs FUNCTION of the template (or the handler given with --handler) once, in a local Lambda environment.
stdout is exactly the payload Lambda's Invoke would return; stderr carries the function's logs.
Exit status: 0 success, 1 function error, 2 bad usage or input.
  --template FILE       the template (default: template.yaml, template.yml, template.json or serverless.yml here)
  --handler FILE.FN     run this handler without a template (with --code-dir, --runtime, --function-name)
  --code-dir DIR        the handler's code folder (default: .)
  --runtime ID          the Lambda runtime (default: nodejs20.x)
  --function-name NAME  the function's name (default: FUNCTION, else local-function)
  --event FILE|-        the event as JSON, from a file or stdin (default: {})
  --sample SOURCE:TYPE  a sample event (see generate-event --list), shaped by the function's own trigger
                        of that kind when the template declares one (its bucket, key filters, queue, route…)
  --timeout S           override the function's timeout in seconds (1-900)
  --memory MB           override the function's memory size in MB (128-10240)
  --env KEY=VAL         set an environment variable (repeatable; wins over the template and --env-file)
  --env-file FILE       KEY=VALUE lines, or SAM --env-vars JSON, that override the template's variables`,

  async run(args, io, signal) {
    const { values, positionals } = parseCommandArgs(args, {
      template: { type: 'string' },
      handler: { type: 'string' },
      'code-dir': { type: 'string' },
      runtime: { type: 'string' },
      'function-name': { type: 'string' },
      event: { type: 'string' },
      sample: { type: 'string' },
      timeout: { type: 'string' },
      memory: { type: 'string' },
      env: { type: 'string', multiple: true },
      'env-file': { type: 'string' },
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one FUNCTION, got: ${positionals.join(' ')}`);
    if (values.event !== undefined && values.sample !== undefined) throw new UsageError('give either --event or --sample, not both');
    const { config, templateDir, model } = await functionConfig(positionals[0], values, io);
    if (values.timeout !== undefined) config.timeout = integerIn('--timeout', values.timeout, 1, 900);
    if (values.memory !== undefined) config.memorySize = integerIn('--memory', values.memory, 128, 10240);
    const envOverrides = Object.fromEntries((values.env ?? []).map(parseEnv));
    const event = values.sample === undefined ? await readEvent(values.event, io) : await sampleEvent(values.sample, model && { model, functionId: config.id });
    for (const { setting, expression } of config.unresolved) {
      io.stderr.write(`lambda-workbench invoke: ${setting} is only known in AWS (${expression}); set it with --env or --env-file\n`);
    }
    let fn: LocalFunction;
    try {
      fn = await LocalFunction.start({
        config,
        templateDir,
        envOverrides,
        envFile: values['env-file'] === undefined ? undefined : resolve(io.cwd, values['env-file']),
        onLog: ({ line }) => io.stderr.write(`${line}\n`),
        prewarm: true,
      });
    } catch (error) {
      if (error instanceof UnsupportedRuntimeError || error instanceof EnvFileError) throw new UsageError(error.message);
      throw error;
    }
    try {
      const result = await fn.invoke(event, { signal });
      io.stdout.write(result.payload);
      return result.functionError ? 1 : 0;
    } catch (error) {
      if (!(error instanceof LambdaServiceError)) throw error;
      io.stderr.write(`lambda-workbench invoke: ${error.message}\n`);
      return 1;
    } finally {
      await fn.stop();
    }
  },
};

interface ConfigValues {
  template?: string;
  handler?: string;
  'code-dir'?: string;
  runtime?: string;
  'function-name'?: string;
}

/** The template's parser and the sample events load only when used: a bare --handler starts faster without them. */
async function functionConfig(name: string | undefined, values: ConfigValues, io: CommandIo): Promise<{ config: FunctionConfig; templateDir: string; model?: TemplateModel }> {
  if (values.handler !== undefined) {
    if (values.template !== undefined) throw new UsageError('give either --template or --handler, not both');
    const functionName = values['function-name'] ?? name ?? 'local-function';
    const config: FunctionConfig = {
      id: functionName,
      functionName,
      handler: values.handler,
      runtime: values.runtime ?? 'nodejs20.x',
      codeDir: values['code-dir'] ?? '.',
      memorySize: 128,
      timeout: 3,
      environment: {},
      logFormat: 'Text',
      architecture: 'x86_64',
      region: io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      unresolved: [],
    };
    return { config, templateDir: io.cwd };
  }
  for (const flag of ['code-dir', 'runtime', 'function-name'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --handler`);
  }
  const [{ loadTemplate }, { FunctionNotFoundError, resolveFunction }] = await Promise.all([import('../template-file.js'), import('../../template-model/index.js')]);
  const template = loadTemplate(io.cwd, values.template);
  const ids = template.model.functions.map((f) => f.id);
  if (name === undefined && ids.length !== 1) {
    throw new UsageError(`name the FUNCTION to invoke (template has: ${ids.join(', ') || 'no functions'})`);
  }
  try {
    return { config: resolveFunction(template.model, name ?? ids[0], { region: io.env.AWS_REGION }), templateDir: template.dir, model: template.model };
  } catch (error) {
    if (error instanceof FunctionNotFoundError) throw new UsageError(error.message);
    throw error;
  }
}

function integerIn(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}: ${text}`);
  return value;
}

function parseEnv(pair: string): [string, string] {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
  if (!match) throw new UsageError(`--env expects KEY=VALUE: ${pair}`);
  return [match[1], match[2]];
}

async function readEvent(source: string | undefined, io: CommandIo): Promise<unknown> {
  if (source === undefined) return {};
  let text: string;
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = readFileSync(resolve(io.cwd, source), 'utf8');
    } catch {
      throw new UsageError(`Event file not found: ${source}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Event is not valid JSON: ${source === '-' ? 'stdin' : source}: ${(error as Error).message}`);
  }
}

async function sampleEvent(name: string, template: Parameters<typeof sampleEventByName>[1]): Promise<unknown> {
  const { EventParameterError, sampleEventByName, UnknownSampleEventError } = await import('../../events/index.js');
  try {
    return sampleEventByName(name, template);
  } catch (error) {
    if (error instanceof UnknownSampleEventError || error instanceof EventParameterError) throw new UsageError(`--sample: ${error.message}`);
    throw error;
  }
}
