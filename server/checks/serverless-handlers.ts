// serverless.yml `handler: path/file.export` against the service directory: the file must exist and define
// the export (JS/TS/MJS/CJS exports, Python `def`, Ruby `def`). Java, Go, .NET and custom runtimes are skipped.
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { getValue, handlerLanguage, handlerModule, type HandlerLanguage, type Range, type TemplateNode, type VariableResolver } from '../../template-model';
import type { ReadText } from '../workspace-files';
import { javascriptExports, pythonDefinitions } from './handler-exports';
import { slsDiagnostic, valueRange } from './serverless-diagnostic';

/** A file's names; undefined when they cannot be told lexically; 'missing' when there is no file. */
type Exports = Set<string> | undefined | 'missing';
type ExportsOf = (relativePath: string, language: HandlerLanguage) => Exports;

/** The names a source file defines, or undefined when that cannot be told (re-exports, computed exports). */
const NAMES_OF: Record<HandlerLanguage, (source: string) => Set<string> | undefined> = {
  javascript: javascriptExports,
  python: pythonDefinitions,
  ruby: (source) => new Set(Array.from(source.matchAll(/^\s*def\s+(?:self\.)?([A-Za-z_]\w*[?!]?)/gm), (match) => match[1])),
};

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
      scanned.set(path, source === undefined ? 'missing' : source === null ? undefined : NAMES_OF[language](source));
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
    // serverless.yml's own default runtime is Node.js.
    const language = runtime === undefined ? 'javascript' : handlerLanguage(runtime);
    if (!language) continue;
    const diagnostic = checkHandler(handler.value, valueRange(resolver.model.lines, handlerNode), language, serviceDir, exportsOf);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function checkHandler(handler: string, range: Range, language: HandlerLanguage, serviceDir: string, exportsOf: ExportsOf): Diagnostic | undefined {
  if (handler.includes('::')) return undefined; // Ruby Module::Class.method: not resolved lexically
  const target = handlerModule(handler, language);
  if (!target) return slsDiagnostic(range, 'error', 'SLS3003', `Handler must be path/file.export: ${handler}`);
  const name = target.exportName;
  for (const candidate of target.candidates) {
    const names = exportsOf(candidate, language);
    if (names === 'missing') continue;
    if (!names || names.has(name)) return undefined;
    const shown = [...names].slice(0, 6).join(', ') || 'nothing';
    return slsDiagnostic(range, 'error', 'SLS3002', `Handler not found: ${handler} (${candidate} exports: ${shown})`, {
      createHandler: { file: join(serviceDir, candidate), name },
    });
  }
  const module = target.candidates[0].slice(0, target.candidates[0].lastIndexOf('.'));
  return slsDiagnostic(range, 'error', 'SLS3001', `Handler file not found: ${module} (looked for ${target.candidates.join(', ')})`, {
    createHandler: { file: join(serviceDir, target.candidates[0]), name },
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
