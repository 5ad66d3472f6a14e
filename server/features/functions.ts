// The function list for CodeLens, views and F5 (`lambdaWorkbench/functions`): each function with its
// range, deployed name, absolute code directory and handler file found on disk.
import { readFileSync } from 'node:fs';
import type { CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplate, resolveFunction, type TemplateModel } from '../../template-model';
import type { DocumentModels } from '../documents';
import type { FunctionsResult, TemplateFunction } from '../protocol';
import { documentPath, locateFunction } from './template-paths';

export function listFunctions(model: TemplateModel, uri: string, token: CancellationToken): FunctionsResult {
  const path = documentPath(uri);
  const functions: TemplateFunction[] = [];
  for (const fn of model.functions) {
    if (token.isCancellationRequested) break;
    const located = path ? locateFunction(model, fn, path) : undefined;
    const config = located?.config ?? resolveFunction(model, fn.id);
    functions.push({
      id: fn.id,
      functionName: config.functionName,
      kind: fn.kind,
      range: fn.keyRange,
      handler: config.handler,
      runtime: config.runtime,
      codeDir: located?.codeDir ?? config.codeDir,
      handlerFile: located?.handler?.exists ? located.handler.file : undefined,
      events: fn.events.map((e) => ({ name: e.name, type: e.type, range: e.keyRange })),
    });
  }
  return { dialect: model.dialect, functions };
}

/** The open document's model, else the template parsed from disk (the extension asks for closed ones too). */
export function modelForUri(uri: string, open: TextDocument | undefined, models: DocumentModels): TemplateModel | undefined {
  if (open) return models.get(open);
  const path = documentPath(uri);
  if (!path) return undefined;
  try {
    return parseTemplate(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read template: ${path}`, { cause: error });
  }
}
