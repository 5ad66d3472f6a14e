// What a handler module exports, read from its source without running it: ES and CommonJS exports for
// JavaScript/TypeScript, top-level `def`s and assignments for Python. Undefined when the exports cannot be
// known statically (re-exports, `module.exports = require(…)`), so that no check guesses.

export function javascriptExports(source: string): Set<string> | undefined {
  if (/^\s*export\s*\*/m.test(source) || /Object\.defineProperty\(\s*(module\.)?exports/.test(source) || /\bexports\[/.test(source)) return undefined;
  const names = new Set<string>();
  const add = (pattern: RegExp, group = 1): void => {
    for (const match of source.matchAll(pattern)) names.add(match[group]);
  };
  add(/^\s*export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm);
  add(/^\s*export\s+(?:const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm);
  add(/^\s*export\s+(?:const|let|var)\s*\{([^}]*)\}/gm);
  for (const match of source.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  if (/^\s*export\s+default\b/m.test(source)) names.add('default');
  add(/\b(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g);
  const assigned = /\bmodule\.exports\s*=\s*([^;\n]*)/.exec(source);
  if (assigned) {
    const objectLiteral = /\bmodule\.exports\s*=\s*\{([\s\S]*?)\}\s*;?\s*$/m.exec(source);
    if (!objectLiteral) return undefined;
    for (const part of objectLiteral[1].split(',')) {
      const key = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)/.exec(part);
      if (key) names.add(key[1]);
    }
  }
  return names;
}

export function pythonDefinitions(source: string): Set<string> | undefined {
  if (/^from\s+\S+\s+import\s+\*/m.test(source)) return undefined;
  const names = new Set<string>();
  for (const match of source.matchAll(/^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^(?:from\s+\S+\s+)?import\s+([^\n(]+)/gm)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name.split('.')[0]);
    }
  }
  return names;
}
