// serverless.yml `${…}` under the cursor, resolved as the framework would at deploy time (stage from
// provider.stage or `dev`): its value and where it comes from, or why it is known only when you deploy.
// `${env:}` stays unresolved on purpose: a hover must never show a secret from the editor's environment.
import { dirname } from 'node:path';
import { resolveVariableAt, type TemplateModel, type VariableAt } from '../../template-model';
import { createWorkspaceReader } from '../workspace-files';

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
