// Handlers on disk: CodeUri + Handler resolved against the template's folder. Reports a handler file that
// does not exist, or a module that does not export (JS/TS) or define (Python) the handler function, with
// `data.createHandler` so a quick fix can create it.
import type { Diagnostic } from 'vscode-languageserver/node';
import { dirname, join, posix, resolve } from 'node:path';
import type { FunctionModel } from '../../template-model';
import { CFN_DIALECTS, error, warning, type Check, type CheckContext, type FileAccess } from './check';
import { javascriptExports, pythonDefinitions } from './handler-exports';

interface HandlerTarget {
  /** Candidate files, best first; the first is what a quick fix creates. */
  candidates: string[];
  exportName: string;
  language: 'javascript' | 'python';
}

const NODE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

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
  const runtime = typeof fn.runtime?.value === 'string' ? fn.runtime.value : '';
  const target = runtime.startsWith('nodejs') ? nodeTarget(codeDir, handler) : runtime.startsWith('python') ? pythonTarget(codeDir, handler) : undefined;
  if (!target || !fn.handler) return;
  const file = target.candidates.find((c) => files.isFile(c));
  const shown = (path: string): string => posix.normalize(path.slice(dirname(context.templatePath ?? '').length + 1).split('\\').join('/'));
  if (!file) {
    out.push(
      error(fn.handler.range, 'E3902', `Handler file not found: ${shown(target.candidates[0])} (for Handler ${handler} in CodeUri ${shown(codeDir) || '.'}). Create it or fix Handler.`, {
        createHandler: { file: target.candidates[0], name: target.exportName },
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

/** Node.js: `dir/module.function[.nested]` — the module is the part before the first dot of the last segment. */
function nodeTarget(codeDir: string, handler: string): HandlerTarget | undefined {
  const slash = handler.lastIndexOf('/');
  const base = handler.slice(slash + 1);
  const dot = base.indexOf('.');
  if (dot <= 0 || dot === base.length - 1) return undefined;
  const modulePath = join(codeDir, handler.slice(0, slash + 1), base.slice(0, dot));
  return { candidates: NODE_EXTENSIONS.map((ext) => modulePath + ext), exportName: base.slice(dot + 1).split('.')[0], language: 'javascript' };
}

/** Python: `package.module.function` (slashes also accepted) — the function is after the last dot. */
function pythonTarget(codeDir: string, handler: string): HandlerTarget | undefined {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0 || dot === handler.length - 1) return undefined;
  const modulePath = join(codeDir, ...handler.slice(0, dot).split(/[./]/));
  return { candidates: [`${modulePath}.py`], exportName: handler.slice(dot + 1), language: 'python' };
}
