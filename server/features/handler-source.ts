// Where a function's handler lives on disk: `dir/module.export` → the module's source file, and where in
// that file the export is defined (JS/TS exports, Python `def`). Used by definition and the function list.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface HandlerSource {
  /** Absolute path of the handler's module (the first candidate when none exists). */
  file: string;
  exportName: string;
  exists: boolean;
  language: 'javascript' | 'python';
}

const NODE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

/** The handler's source file under `codeDir` (absolute), following Lambda's handler naming per runtime:
 * Node.js `dir/module.export` (the module ends at the first dot of the last segment), Python `pkg.module.def`. */
export function resolveHandlerSource(codeDir: string, handler: string, runtime: string): HandlerSource | undefined {
  const python = (): HandlerSource | undefined => {
    const dot = handler.lastIndexOf('.');
    if (dot <= 0 || dot === handler.length - 1) return undefined;
    const file = join(codeDir, `${join(...handler.slice(0, dot).split(/[./]/))}.py`);
    return { file, exportName: handler.slice(dot + 1), exists: existsSync(file), language: 'python' };
  };
  const node = (): HandlerSource | undefined => {
    const slash = handler.lastIndexOf('/');
    const base = handler.slice(slash + 1);
    const dot = base.indexOf('.');
    if (dot <= 0 || dot === base.length - 1) return undefined;
    const modulePath = join(codeDir, handler.slice(0, slash + 1), base.slice(0, dot));
    const candidates = NODE_EXTENSIONS.map((ext) => `${modulePath}${ext}`);
    const file = candidates.find((c) => existsSync(c));
    return { file: file ?? candidates[0], exportName: base.slice(dot + 1).split('.')[0], exists: file !== undefined, language: 'javascript' };
  };
  if (runtime.startsWith('python')) return python();
  if (runtime.startsWith('nodejs')) return node();
  if (runtime !== '') return undefined;
  // No runtime set (e.g. a plain CloudFormation function with it in a parameter): whichever file exists.
  const guess = node();
  return guess?.exists ? guess : python()?.exists ? python() : undefined;
}

/** The offset of the exported name's definition in the source text, if the file defines it. */
export function findExport(text: string, name: string, language: HandlerSource['language']): number | undefined {
  const n = name.replace(/[$]/g, '\\$');
  const patterns =
    language === 'python'
      ? [new RegExp(`^(?:async\\s+)?def\\s+(${n})\\s*\\(`, 'm'), new RegExp(`^(${n})\\s*=`, 'm')]
      : [
          new RegExp(`\\bexport\\s+(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*(${n})\\b`),
          new RegExp(`\\bexport\\s+(?:const|let|var|class)\\s+(${n})\\b`),
          new RegExp(`\\b(?:module\\.)?exports\\.(${n})\\s*=`),
          new RegExp(`\\bexports\\[['"](${n})['"]\\]\\s*=`),
          new RegExp(`\\bmodule\\.exports\\s*=\\s*\\{[^}]*?\\b(${n})\\b`),
          new RegExp(`\\bexport\\s*\\{[^}]*?\\b(${n})\\b[^}]*\\}`),
        ];
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const exported = match.index + match[0].lastIndexOf(match[1]);
    // An export list (`export { handler }`, `module.exports = { handler }`) names a local: go to its definition.
    if (language === 'javascript' && index >= 4) return findLocal(text, name) ?? exported;
    return exported;
  }
  return undefined;
}

function findLocal(text: string, name: string): number | undefined {
  const n = name.replace(/[$]/g, '\\$');
  const match = new RegExp(`\\b(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class)\\s+(${n})\\b`).exec(text);
  return match ? match.index + match[0].lastIndexOf(name) : undefined;
}

export function readSource(file: string): string | undefined {
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
}
