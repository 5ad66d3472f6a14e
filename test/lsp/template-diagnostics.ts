// Helpers for the template-check suites: where a snippet of text is, and a compact view of diagnostics.
import { strict as assert } from 'node:assert';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol/node';

/** The range of the `occurrence`-th appearance of `needle` in `text` (0-based lines and characters). */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) is not in the template`);
  }
  const position = (offset: number): { line: number; character: number } => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: position(index), end: position(index + needle.length) };
}

/** The range of the first `length` characters of `needle` (to point inside a larger snippet). */
export function rangeOfPrefix(text: string, needle: string, length: number): Range {
  const { start } = rangeOf(text, needle);
  return { start, end: { line: start.line, character: start.character + length } };
}

/** The one diagnostic with this code; fails listing what was published otherwise. */
export function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const matching = diagnostics.filter((d) => d.code === code);
  assert.equal(matching.length, 1, `expected one ${code}, got: ${describe(diagnostics)}`);
  return matching[0];
}

/** The one diagnostic with this code, at this range, saying this (the text, or a pattern it matches). */
export function finding(diagnostics: Diagnostic[], code: string, range: Range, message: string | RegExp): Diagnostic {
  const d = only(diagnostics, code);
  assert.deepEqual(d.range, range);
  if (typeof message === 'string') assert.equal(d.message, message);
  else assert.match(d.message, message);
  return d;
}

export function errors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 1);
}

export function describe(diagnostics: Diagnostic[]): string {
  return diagnostics.length === 0 ? '(none)' : diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n  ');
}
