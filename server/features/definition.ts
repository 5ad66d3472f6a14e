// Go to definition: a Ref/GetAtt/Sub/DependsOn/Condition/FindInMap name → its declaration; a function's
// Handler/handler → the exported function in its source file; a serverless.yml `${…}` → where its value is
// set (this file or a `${file(...)}`); `${file(...)}` → the file.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Location, Position } from 'vscode-languageserver/node';
import { containsPosition, type TemplateModel } from '../../template-model';
import { findExport, readSource } from './handler-source';
import { variableAt } from './hover-serverless';
import { symbolAt } from './logical-ids';
import { documentPath, locateFunction } from './template-paths';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definition(model: TemplateModel, uri: string, position: Position, token: CancellationToken): Location | null {
  const symbol = symbolAt(model, position);
  if (symbol?.reference) return symbol.declaration ? { uri, range: symbol.declaration.keyRange } : null;
  if (symbol || token.isCancellationRequested) return null;
  const path = documentPath(uri);
  if (!path) return null;
  return handlerDefinition(model, path, position) ?? variableDefinition(model, uri, path, position) ?? fileVariableDefinition(model, path, position);
}

/** serverless.yml `${self:custom.bucket}`, `${file(./config.yml):key}`: where the value is set. */
function variableDefinition(model: TemplateModel, uri: string, templatePath: string, position: Position): Location | null {
  const variable = variableAt(model, model.lines.offsetAt(position), templatePath);
  const origin = variable?.value.state === 'resolved' ? variable.value.origin : undefined;
  if (!origin) return null;
  return { uri: origin.file ? pathToFileURL(resolve(dirname(templatePath), origin.file)).href : uri, range: origin.range };
}

function handlerDefinition(model: TemplateModel, templatePath: string, position: Position): Location | null {
  const fn = model.functions.find((f) => f.handler && containsPosition(f.handler.range, position));
  if (!fn) return null;
  const handler = locateFunction(model, fn, templatePath).handler;
  const text = handler?.exists ? readSource(handler.file) : undefined;
  if (!handler || text === undefined) return null;
  const uri = pathToFileURL(handler.file).href;
  const offset = findExport(text, handler.exportName, handler.language);
  if (offset === undefined) return { uri, range: START };
  const lines = text.slice(0, offset).split('\n');
  const start = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { uri, range: { start, end: { line: start.line, character: start.character + handler.exportName.length } } };
}

/** serverless.yml `${file(./config.yml):key}`: the path is relative to the service directory. */
function fileVariableDefinition(model: TemplateModel, templatePath: string, position: Position): Location | null {
  const lineStart = model.lines.offsetAt({ line: position.line, character: 0 });
  const lineEnd = model.lines.offsetAt({ line: position.line + 1, character: 0 });
  const line = model.lines.text.slice(lineStart, lineEnd);
  for (const match of line.matchAll(/\$\{file\(\s*([^)]+?)\s*\)/g)) {
    const inside = position.character >= match.index && position.character <= match.index + match[0].length;
    const file = resolve(dirname(templatePath), match[1].replace(/^['"]|['"]$/g, ''));
    if (inside && existsSync(file)) return { uri: pathToFileURL(file).href, range: START };
  }
  return null;
}
