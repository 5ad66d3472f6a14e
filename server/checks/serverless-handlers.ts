// serverless.yml `handler: path/file.export` against the service directory: the file must exist and define
// the export (JS/TS/MJS/CJS exports, Python `def`, Ruby `def`). Java, Go, .NET and custom runtimes are skipped.
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { getValue, type Range, type TemplateNode, type VariableResolver } from '../../template-model';
import type { ReadText } from '../workspace-files';
import { slsDiagnostic, valueRange } from './serverless-diagnostic';


/** A file's names; undefined when they cannot be told lexically; 'missing' when there is no file. */
type Exports = Set<string> | undefined | 'missing';
type ExportsOf = (relativePath: string, language: Language) => Exports;

interface Language {
  extensions: string[];
  /** The names a source file defines, or undefined when it cannot tell (re-exports, computed exports). */
  exportsOf(source: string): Set<string> | undefined;
}

const NODE: Language = { extensions: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'], exportsOf: jsExports };
const PYTHON: Language = { extensions: ['.py'], exportsOf: (s) => defs(s, /^(?:async\s+)?def\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*=/gm) };
const RUBY: Language = { extensions: ['.rb'], exportsOf: (s) => defs(s, /^\s*def\s+(?:self\.)?([A-Za-z_]\w*[?!]?)/gm) };

export function checkServerlessHandlers(resolver: VariableResolver, serviceDir: string, read: ReadText): Diagnostic[] {
  const root = resolver.model.root;
  const functions = getValue(root, 'functions');
  if (functions?.kind !== 'map') return [];
  const providerRuntime = runtimeOf(getValue(getValue(root, 'provider'), 'runtime'), resolver);
  // Many functions share one source file: read and scan each file once per validation.
  const scanned = new Map<string, Exports>();
  const exportsOf: ExportsOf = (path, language) => {
    if (!scanned.has(path)) {
      const source = read(path);
      // A handler outside the workspace cannot be checked: treated like a file whose exports are unknown.
      scanned.set(path, source === undefined ? 'missing' : source === null ? undefined : language.exportsOf(source));
    }
    return scanned.get(path);
  };
  const diagnostics: Diagnostic[] = [];
  for (const entry of functions.entries) {
    const handlerNode = getValue(entry.value, 'handler');
    // Images and prebuilt artifacts do not come from the service directory's sources.
    if (!handlerNode || getValue(entry.value, 'image') || artifact(entry.value) || artifact(root)) continue;
    const handler = resolver.valueOf(handlerNode);
    if (handler.state !== 'resolved' || typeof handler.value !== 'string') continue;
    const runtime = runtimeOf(getValue(entry.value, 'runtime'), resolver) ?? providerRuntime;
    const language = runtime === undefined ? NODE : runtime.startsWith('nodejs') ? NODE : runtime.startsWith('python') ? PYTHON : runtime.startsWith('ruby') ? RUBY : undefined;
    if (!language) continue;
    const diagnostic = checkHandler(handler.value, valueRange(resolver.model.lines, handlerNode), language, serviceDir, exportsOf);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function checkHandler(handler: string, range: Range, language: Language, serviceDir: string, exportsOf: ExportsOf): Diagnostic | undefined {
  const dot = handler.lastIndexOf('.');
  if (handler.includes('::')) return undefined; // Ruby Module::Class.method: not resolved lexically
  if (dot <= 0 || dot === handler.length - 1) {
    return slsDiagnostic(range, 'error', 'SLS3003', `Handler must be path/file.export: ${handler}`);
  }
  const base = handler.slice(0, dot);
  const name = handler.slice(dot + 1);
  const bases = language === PYTHON && base.includes('.') ? [base, base.replace(/\./g, '/')] : [base];
  for (const candidate of bases) {
    for (const extension of language.extensions) {
      const names = exportsOf(candidate + extension, language);
      if (names === 'missing') continue;
      if (!names || names.has(name)) return undefined;
      const shown = [...names].slice(0, 6).join(', ') || 'nothing';
      return slsDiagnostic(range, 'error', 'SLS3002', `Handler not found: ${handler} (${candidate}${extension} exports: ${shown})`, {
        createHandler: { file: join(serviceDir, candidate + extension), name },
      });
    }
  }
  const looked = language.extensions.map((e) => base + e).join(', ');
  return slsDiagnostic(range, 'error', 'SLS3001', `Handler file not found: ${base} (looked for ${looked})`, {
    createHandler: { file: join(serviceDir, base + language.extensions[0]), name },
  });
}

function artifact(node: TemplateNode | undefined): boolean {
  return getValue(getValue(node, 'package'), 'artifact') !== undefined;
}

function runtimeOf(node: TemplateNode | undefined, resolver: VariableResolver): string | undefined {
  if (!node) return undefined;
  const value = resolver.valueOf(node);
  return value.state === 'resolved' && typeof value.value === 'string' ? value.value : undefined;
}

/** Named exports of a JS/TS module (ESM and CommonJS), found lexically. */
function jsExports(source: string): Set<string> | undefined {
  // `export * from`, `module.exports = require(…)`/an identifier, or exports[computed]: cannot tell.
  if (/export\s*\*\s*from|module\.exports\s*=\s*(?:require\s*\(|[A-Za-z_$][\w$]*\s*;?\s*$)|exports\[/m.test(source)) return undefined;
  const names = new Set<string>();
  const add = (pattern: RegExp): void => {
    for (const match of source.matchAll(pattern)) names.add(match[1]);
  };
  add(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g);
  add(/export\s+(?:const|let|var|class)\s+([A-Za-z_$][\w$]*)/g);
  add(/(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g);
  for (const list of source.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const item of list[1].split(',')) {
      const alias = /(?:\s+as\s+)?([A-Za-z_$][\w$]*)\s*$/.exec(item.trim());
      if (alias) names.add(alias[1]);
    }
  }
  const objectExport = /module\.exports\s*=\s*\{([^}]*)\}/.exec(source);
  if (objectExport) {
    for (const item of objectExport[1].split(',')) {
      const key = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)/.exec(item);
      if (key) names.add(key[1]);
    }
  }
  if (/export\s+default/.test(source)) names.add('default');
  return names;
}

function defs(source: string, pattern: RegExp): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(pattern)) names.add(match[1] ?? match[2]);
  return names;
}
