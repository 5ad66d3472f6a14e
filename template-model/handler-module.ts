// Which source file a function's Handler names, by Lambda's rule for each runtime family. Pure, so the
// template checks, go-to-definition and the function list resolve a handler the same way.

export type HandlerLanguage = 'javascript' | 'python' | 'ruby';

export interface HandlerModule {
  language: HandlerLanguage;
  /** Source files the module may be, relative to the code folder and '/'-separated, best first (a quick fix creates the first). */
  candidates: string[];
  /** The function the module must define (Node.js: the first step of a nested `a.b`). */
  exportName: string;
}

const EXTENSIONS: Record<HandlerLanguage, string[]> = {
  javascript: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
  python: ['.py'],
  ruby: ['.rb'],
};

/** The runtime's family; undefined for runtimes whose handler is not a source file (Java, .NET, Go, provided). */
export function handlerLanguage(runtime: string): HandlerLanguage | undefined {
  if (runtime.startsWith('nodejs')) return 'javascript';
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('ruby')) return 'ruby';
  return undefined;
}

/** The module and function a handler names; undefined when it is not of the form its runtime requires. */
export function handlerModule(handler: string, language: HandlerLanguage): HandlerModule | undefined {
  let modulePath: string;
  let exportName: string;
  if (language === 'javascript') {
    // `dir/module.function[.nested]`: the module ends at the first dot of the last segment.
    const slash = handler.lastIndexOf('/');
    const base = handler.slice(slash + 1);
    const dot = base.indexOf('.');
    if (dot <= 0 || dot === base.length - 1) return undefined;
    modulePath = handler.slice(0, slash + 1) + base.slice(0, dot);
    exportName = base.slice(dot + 1).split('.')[0];
  } else {
    // Python `package.module.function` (slashes accepted too), Ruby `dir/file.method`: the function follows the last dot.
    const dot = handler.lastIndexOf('.');
    if (dot <= 0 || dot === handler.length - 1) return undefined;
    modulePath = language === 'python' ? handler.slice(0, dot).split(/[./]/).join('/') : handler.slice(0, dot);
    exportName = handler.slice(dot + 1);
  }
  return { language, candidates: EXTENSIONS[language].map((extension) => modulePath + extension), exportName };
}
