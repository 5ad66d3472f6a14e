// Where a function's handler lives on disk: `dir/module.export` → the module's source file, and where in
// that file the export is defined (JS/TS exports, Python `def`). Used by definition and the function list.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { handlerLanguage, handlerModule } from '../../template-model';

export interface HandlerSource {
  /** Absolute path of the handler's module (the first candidate when none exists). */
  file: string;
  exportName: string;
  exists: boolean;
  language: 'javascript' | 'python';
}

/** The handler's source file under `codeDir` (absolute), by Lambda's handler naming for the runtime. */
export function resolveHandlerSource(codeDir: string, handler: string, runtime: string): HandlerSource | undefined {
  const inLanguage = (language: 'javascript' | 'python'): HandlerSource | undefined => {
    const target = handlerModule(handler, language);
    if (!target) return undefined;
    const candidates = target.candidates.map((candidate) => join(codeDir, candidate));
    const file = candidates.find((c) => existsSync(c));
    return { file: file ?? candidates[0], exportName: target.exportName, exists: file !== undefined, language };
  };
  const language = handlerLanguage(runtime);
  if (language === 'javascript' || language === 'python') return inLanguage(language);
  if (runtime !== '') return undefined;
  // No runtime set (e.g. a plain CloudFormation function with it in a parameter): whichever file exists.
  return [inLanguage('javascript'), inLanguage('python')].find((source) => source?.exists);
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
