// Quick fixes from the checks' machine-readable `data`: `replacements` → "Change to 'X'" (did-you-mean,
// runtime upgrades); `missingProperties` → add the keys with placeholders; `createHandler` → append an
// exported handler to its source file, creating the file when needed.
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TemplateModel } from '../../template-model';
import { readSource } from './handler-source';
import { missingPropertiesEdit } from './missing-properties';

interface FixData {
  replacements?: string[];
  missingProperties?: string[];
  createHandler?: { file: string; name: string };
}

export function codeActions(model: TemplateModel, params: CodeActionParams, token: CancellationToken): CodeAction[] {
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (token.isCancellationRequested) break;
    if (diagnostic.source !== 'lambda-workbench' || !diagnostic.data) continue;
    const data = diagnostic.data as FixData;
    for (const [index, replacement] of (data.replacements ?? []).entries()) {
      actions.push({
        ...fix(`Change to '${replacement}'`, diagnostic),
        isPreferred: index === 0,
        edit: { changes: { [uri]: [{ range: diagnostic.range, newText: replacement }] } },
      });
    }
    if (data.missingProperties?.length) {
      const edit = missingPropertiesEdit(model, diagnostic.range.start, data.missingProperties);
      const names = data.missingProperties.join(', ');
      if (edit) actions.push({ ...fix(`Add missing ${data.missingProperties.length > 1 ? 'properties' : 'property'}: ${names}`, diagnostic), edit: { changes: { [uri]: [edit] } } });
    }
    if (data.createHandler) actions.push(createHandlerAction(diagnostic, data.createHandler));
  }
  return actions;
}

function fix(title: string, diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
}

function createHandlerAction(diagnostic: Diagnostic, handler: { file: string; name: string }): CodeAction {
  const uri = pathToFileURL(handler.file).href;
  const existing = readSource(handler.file);
  const text = existing ?? '';
  const lines = text.split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const separator = text === '' ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  const edit = { range: { start: end, end }, newText: separator + handlerSource(handler.file, handler.name, text) };
  const textEdit = { textDocument: { uri, version: null }, edits: [edit] };
  return {
    ...fix(`Create handler '${handler.name}' in ${handler.file.split(/[\\/]/).pop()}`, diagnostic),
    edit: {
      documentChanges: existing === undefined ? [{ kind: 'create', uri, options: { ignoreIfExists: true } }, textEdit] : [textEdit],
    },
  };
}

/** A minimal handler in the file's language and module style. */
function handlerSource(file: string, name: string, existing: string): string {
  const ext = extname(file);
  if (ext === '.py') return `def ${name}(event, context):\n    print(event)\n    return {}\n`;
  const typed = ext === '.ts' || ext === '.mts' || ext === '.cts';
  const params = typed ? 'event: unknown' : 'event';
  if (isEsm(file, ext, existing)) {
    return `export const ${name} = async (${params}) => {\n  console.log(JSON.stringify(event));\n  return {};\n};\n`;
  }
  return `exports.${name} = async (${params}) => {\n  console.log(JSON.stringify(event));\n  return {};\n};\n`;
}

/** ES module when the extension says so, the file already uses import/export, or package.json has type module. */
function isEsm(file: string, ext: string, existing: string): boolean {
  if (ext === '.mjs' || ext === '.mts' || ext === '.ts') return true;
  if (ext === '.cjs' || ext === '.cts') return false;
  if (/^\s*(?:import|export)\s/m.test(existing)) return true;
  if (/\b(?:module\.exports|exports\.\w+|require\()/.test(existing)) return false;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return /"type"\s*:\s*"module"/.test(readSource(manifest) ?? '');
    if (dirname(dir) === dir) return false;
  }
}
