// From a template document to the files it names: its own path, each function's absolute code directory
// and handler source. Shared by definition, the function list and code actions.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFunction, type FunctionConfig, type FunctionModel, type TemplateModel } from '../../template-model';
import { resolveHandlerSource, type HandlerSource } from './handler-source';

/** The file path of a `file:` URI; undefined for unsaved or virtual documents. */
export function documentPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export interface LocatedFunction {
  config: FunctionConfig;
  /** Absolute code directory (relative to the template's folder). */
  codeDir: string;
  handler?: HandlerSource;
}

export function locateFunction(model: TemplateModel, fn: FunctionModel, templatePath: string): LocatedFunction {
  const config = resolveFunction(model, fn.id);
  const codeDir = resolve(dirname(templatePath), config.codeDir);
  const handler = config.inlineCode === undefined ? resolveHandlerSource(codeDir, config.handler, config.runtime) : undefined;
  return { config, codeDir, handler };
}
