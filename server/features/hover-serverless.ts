// serverless.yml hovers: a key's description from the framework's schema, and a `${…}` resolved as the
// framework would at deploy time (stage from provider.stage or `dev`): its value and where it comes from, or
// why it is known only when you deploy. `${env:}` stays unresolved on purpose: a hover must never show a
// secret from the editor's environment.
import { dirname } from 'node:path';
import { getEntry, pathAt, resolveVariableAt, type Range, type TemplateModel, type VariableAt } from '../../template-model';
import { createWorkspaceReader } from '../workspace-files';
import { keysAt } from './serverless-schema-keys';

/** The description of the serverless.yml key under the offset. */
export function serverlessKeyHover(model: TemplateModel, offset: number): { markdown: string; range: Range } | undefined {
  if (model.dialect !== 'serverless') return undefined;
  const steps = pathAt(model.root, offset);
  const last = steps[steps.length - 1];
  if (!last?.onKey || typeof last.key !== 'string') return undefined;
  const parent = steps.slice(0, -1).map((s) => (typeof s.key === 'number' ? '-' : String(s.key)));
  const key = keysAt(parent).find((k) => k.name === last.key);
  const entry = getEntry(last.node, last.key);
  return key?.description && entry ? { markdown: `**${key.name}**${key.required ? ' — required' : ''}\n\n${key.description}`, range: entry.keyRange } : undefined;
}

export function variableAt(model: TemplateModel, offset: number, templatePath: string | undefined): VariableAt | undefined {
  if (model.dialect !== 'serverless') return undefined;
  const readFile = templatePath ? createWorkspaceReader(dirname(templatePath), []) : undefined;
  return resolveVariableAt(model, offset, { readFile });
}

export function variableMarkdown(variable: VariableAt): string {
  const { value } = variable;
  const head = `\`${variable.expression}\``;
  if (value.state === 'unknown') return `${head}\n\nKnown when you deploy: ${value.reason}`;
  if (value.state === 'error') return `${head}\n\nCannot be resolved: ${value.reason}`;
  const shown = typeof value.value === 'string' ? value.value : JSON.stringify(value.value, null, 2);
  const block = shown.includes('\n') ? `\n\n\`\`\`json\n${shown}\n\`\`\`` : ` → \`${shown}\``;
  const origin = value.origin;
  const from = origin ? `\n\nFrom ${origin.file ?? 'this file'}, line ${origin.range.start.line + 1}` : '';
  return `${head}${block}${from}`;
}
