// Helpers for the template-intelligence LSP tests: open a fixture, find positions by text, apply edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Position, TextEdit } from 'vscode-languageserver-protocol';
import type { LspClient } from '../support/lsp-client';
import { fixturesDir } from '../support/paths';

export interface OpenFixture {
  uri: string;
  path: string;
  text: string;
  diagnostics: Diagnostic[];
}

export async function openFixture(client: LspClient, ...parts: string[]): Promise<OpenFixture> {
  const path = join(fixturesDir, ...parts);
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  return { uri, path, text, diagnostics: await client.open(uri, text) };
}

/** The position of the `occurrence`-th (0-based) `needle` in the text, moved `delta` characters right. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`not in the text: ${needle} (#${occurrence})`);
  }
  return positionAt(text, offset + delta);
}

export function positionAt(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text a range covers. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  return sorted.reduce((t, e) => t.slice(0, offsetOf(t, e.range.start)) + e.newText + t.slice(offsetOf(t, e.range.end)), text);
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, l) => sum + l.length + 1, 0) + position.character;
}
