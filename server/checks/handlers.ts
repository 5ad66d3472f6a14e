// Handlers on disk: CodeUri + Handler resolved against the template's folder. Reports a handler file that
// does not exist, or a module that does not export (JS/TS) or define (Python) the handler function, with
// `data.createHandler` so a quick fix can create it.
import type { Diagnostic } from 'vscode-languageserver/node';
import { dirname, join, posix, resolve } from 'node:path';
import { handlerLanguage, handlerModule, type FunctionModel } from '../../template-model';
import { CFN_DIALECTS, error, warning, type Check, type CheckContext, type FileAccess } from './check';
import { javascriptExports, pythonDefinitions } from './handler-exports';

export const handlersCheck: Check = {
  name: 'handlers',
  dialects: CFN_DIALECTS,
  run(model, context) {
    const out: Diagnostic[] = [];
    const files = context.files;
    if (!context.templatePath || !files) return out;
    const templateDir = dirname(context.templatePath);
    const checkedDirs = new Set<string>();
    for (const fn of model.functions) {
      if (fn.kind !== 'sam' || fn.inlineCode || (fn.packageType && fn.packageType.value === 'Image')) continue;
      const codeUri = fn.codeUri === undefined ? '.' : fn.codeUri.value;
      if (typeof codeUri !== 'string' || /^s3:\/\//.test(codeUri) || !fn.handler || typeof fn.handler.value !== 'string') continue;
      const codeDir = resolve(templateDir, codeUri);
      if (!files.isDirectory(codeDir)) {
        if (fn.codeUri && !files.isFile(codeDir) && !checkedDirs.has(codeDir)) {
          checkedDirs.add(codeDir);
          out.push(warning(fn.codeUri.range, 'W3901', `CodeUri folder not found: ${codeUri} (resolved against the template's folder). Create it or fix the path.`));
        }
        continue;
      }
      checkHandler(fn, codeDir, fn.handler.value, context, files, out);
    }
    return out;
  },
};

function checkHandler(fn: FunctionModel, codeDir: string, handler: string, context: CheckContext, files: FileAccess, out: Diagnostic[]): void {
  const language = handlerLanguage(typeof fn.runtime?.value === 'string' ? fn.runtime.value : '');
  const target = language === 'javascript' || language === 'python' ? handlerModule(handler, language) : undefined;
  if (!target || !fn.handler) return;
  const candidates = target.candidates.map((candidate) => join(codeDir, candidate));
  const file = candidates.find((c) => files.isFile(c));
  const shown = (path: string): string => posix.normalize(path.slice(dirname(context.templatePath ?? '').length + 1).split('\\').join('/'));
  if (!file) {
    out.push(
      error(fn.handler.range, 'E3902', `Handler file not found: ${shown(candidates[0])} (for Handler ${handler} in CodeUri ${shown(codeDir) || '.'}). Create it or fix Handler.`, {
        createHandler: { file: candidates[0], name: target.exportName },
      }),
    );
    return;
  }
  const source = files.readText(file);
  if (source === undefined) return;
  const names = target.language === 'python' ? pythonDefinitions(source) : javascriptExports(source);
  if (!names || names.has(target.exportName)) return;
  const listed = names.size > 0 ? `${shown(file)} ${target.language === 'python' ? 'defines' : 'exports'}: ${[...names].sort().slice(0, 8).join(', ')}` : `${shown(file)} exports nothing`;
  out.push(
    error(fn.handler.range, 'E3903', `Handler function not found: ${target.exportName} in ${shown(file)} (${listed}). Export it or fix Handler.`, {
      createHandler: { file, name: target.exportName },
    }),
  );
}
