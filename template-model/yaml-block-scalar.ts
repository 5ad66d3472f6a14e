// Block scalars (`|`, `|-`, `>`, `>+`, …) for the block-YAML reader, ported from the `yaml` package (lexer and
// resolveBlockScalar) so that value and end offset are exactly its own. Explicit indentation indicators, empty
// block scalars and ones running into the end of a file without a final newline are left to it (undefined).
import type { LineIndex } from './ranges';

const SPACE = 32;

/**
 * The block scalar whose header (`|` or `>`) is at `at` on `line`, in a collection indented `parent`: its value,
 * the offset after its last line (its range's end) and the line after it.
 */
export function readBlockScalar(text: string, lines: LineIndex, line: number, at: number, parent: number): { value: string; end: number; nextLine: number } | undefined {
  const folded = text[at] === '>';
  let i = at + 1;
  const chomp = text[i] === '-' || text[i] === '+' ? text[i++] : '';
  const headerEnd = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
  while (i < headerEnd && text.charCodeAt(i) === SPACE) i++;
  if (i < headerEnd && (text[i] !== '#' || text.charCodeAt(i - 1) !== SPACE)) return undefined;
  if (line + 1 >= lines.lineCount) return undefined;
  const start = lines.lineStart(line + 1);
  // The content is indented like its first non-blank line, which must be deeper than the collection.
  let first = line + 1;
  while (first < lines.lineCount && isBlank(text, lines, first)) first++;
  if (first >= lines.lineCount) return undefined;
  const indent = indentOf(text, lines.lineStart(first));
  if (indent <= parent) return undefined;
  let after = first + 1;
  while (after < lines.lineCount && (isBlank(text, lines, after) || indentOf(text, lines.lineStart(after)) >= indent)) after++;
  if (after >= lines.lineCount && !text.endsWith('\n')) return undefined;
  let nl = after < lines.lineCount ? lines.lineStart(after) - 1 : text.length - 1;
  if (chomp !== '+') {
    // Trailing blank lines no deeper than the content are not part of it.
    for (;;) {
      let j = nl - 1;
      while (text.charCodeAt(j) === SPACE) j--;
      if (text[j] === '\n' && j >= start && nl - 1 - j <= indent) nl = j;
      else break;
    }
  }
  const value = resolve(text.slice(start, nl + 1), parent, folded, chomp);
  return value === undefined ? undefined : { value, end: nl + 1, nextLine: lines.positionAt(nl + 1).line };
}

function indentOf(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - from;
}

function isBlank(text: string, lines: LineIndex, line: number): boolean {
  const from = lines.lineStart(line);
  const at = from + indentOf(text, from);
  return at >= text.length || text[at] === '\n';
}

/** resolveBlockScalar of the `yaml` package, for sources without tabs or CR and without an indentation indicator. */
function resolve(source: string, parent: number, folded: boolean, chomp: string): string | undefined {
  const lines = source.split('\n').map((l): [string, string] => {
    const spaces = indentOf(l, 0);
    return [l.slice(0, spaces), l.slice(spaces)];
  });
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines[i][1] === ''; --i) chompStart = i;
  if (chompStart === 0) return undefined;
  let trimIndent = parent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      // More-indented leading empty lines are an error for `yaml`.
      if (indent.length < trimIndent) return undefined;
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) return undefined;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}
