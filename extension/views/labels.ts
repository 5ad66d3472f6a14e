// How templates, functions and events are named in the Local Functions view, CodeLens and pickers.
import type { FunctionsResult, TemplateFunction } from '../../server/protocol';
import type { EventChoice } from '../debug/launch-arguments';

const DIALECTS: Record<FunctionsResult['dialect'], string> = {
  sam: 'SAM',
  cloudformation: 'CloudFormation',
  serverless: 'Serverless Framework',
  unknown: 'not a template',
};

export function dialectLabel(dialect: FunctionsResult['dialect']): string {
  return DIALECTS[dialect];
}

export function functionDescription(fn: TemplateFunction): string {
  return `${fn.runtime || 'no runtime'} · ${fn.handler || 'no handler'}`;
}

export function functionTooltip(fn: TemplateFunction): string {
  const triggers = fn.events.map((e) => `${e.name} (${e.type})`).join(', ');
  return [
    `${fn.id} — deployed as ${fn.functionName}`,
    `Runtime: ${fn.runtime || '(none)'}`,
    `Handler: ${fn.handler || '(none)'}`,
    `Code: ${fn.codeDir}`,
    triggers ? `Triggers: ${triggers}` : 'No triggers',
  ].join('\n');
}

export function eventChoiceLabel(choice: EventChoice | undefined): string {
  if (!choice) return 'choose event';
  if (choice.kind === 'file') return choice.name;
  if (choice.kind === 'sample') return choice.sampleEvent;
  return 'empty event';
}
