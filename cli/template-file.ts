// Finding and loading the template a command works on: --template FILE, else the one in the folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTemplate, type TemplateModel } from '../template-model';
import { UsageError } from './command';

/** File names tried, in order, when no --template is given. */
export const TEMPLATE_NAMES = ['template.yaml', 'template.yml', 'template.json', 'serverless.yml', 'serverless.yaml'];

export interface LoadedTemplate {
  path: string;
  dir: string;
  model: TemplateModel;
}

export function findTemplate(cwd: string, given?: string): string {
  if (given) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new UsageError(`Template not found: ${given}`);
    if (statSync(path).isDirectory()) return findTemplate(path);
    return path;
  }
  const found = TEMPLATE_NAMES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (!found) throw new UsageError(`No template found in ${cwd} (looked for ${TEMPLATE_NAMES.join(', ')}); pass --template FILE`);
  return found;
}

export function loadTemplate(cwd: string, given?: string): LoadedTemplate {
  const path = findTemplate(cwd, given);
  const model = parseTemplate(readFileSync(path, 'utf8'));
  if (model.syntaxErrors.length > 0) {
    const { message, range } = model.syntaxErrors[0];
    throw new UsageError(`${path}:${range.start.line + 1}:${range.start.character + 1}: ${message}`);
  }
  if (model.dialect === 'unknown') {
    throw new UsageError(`Not a SAM, CloudFormation or serverless.yml template: ${path}`);
  }
  return { path, dir: dirname(path), model };
}
