// Where a handler's exported function is declared in its source file, so CodeLens can sit above it.
// A line scan, not a parser: it only places a lens; the language server checks that the export exists.

/** `src/thumbnail/index.handler` → `handler`: Lambda takes the export name after the last dot. */
export function handlerExportName(handler: string): string {
  return handler.slice(handler.lastIndexOf('.') + 1);
}

/** 0-based line of the declaration of `name` in JavaScript/TypeScript or Python text, if found. */
export function findHandlerLine(text: string, name: string, language: 'javascript' | 'python'): number | undefined {
  const id = name.replace(/[$]/g, '\\$');
  const patterns =
    language === 'python'
      ? [new RegExp(`^(async\\s+)?def\\s+${id}\\s*\\(`)]
      : [
          new RegExp(`^\\s*export\\s+(default\\s+)?(async\\s+)?function\\s*\\*?\\s*${id}\\b`),
          new RegExp(`^\\s*export\\s+(const|let|var)\\s+${id}\\b`),
          new RegExp(`^\\s*(module\\.)?exports\\.${id}\\s*=`),
          new RegExp(`^\\s*export\\s*\\{[^}]*\\bas\\s+${id}\\b`),
          new RegExp(`^\\s*(async\\s+)?function\\s*\\*?\\s*${id}\\b`),
          new RegExp(`^\\s*(const|let|var)\\s+${id}\\s*=`),
          new RegExp(`^\\s*export\\s*\\{[^}]*\\b${id}\\b(?!\\s+as\\b)`),
        ];
  const lines = text.split(/\r?\n/);
  for (const pattern of patterns) {
    const line = lines.findIndex((l) => pattern.test(l));
    if (line >= 0) return line;
  }
  return undefined;
}

export function sourceLanguage(path: string): 'javascript' | 'python' | undefined {
  if (/\.(m|c)?(j|t)sx?$/.test(path)) return 'javascript';
  if (path.endsWith('.py')) return 'python';
  return undefined;
}
