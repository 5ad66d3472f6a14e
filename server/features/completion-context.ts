// Where the cursor is, for completion, read from the text by indentation: templates being typed are often
// not valid YAML yet, so the key path comes from the lines above rather than from the parsed tree.

export interface CompletionContext {
  line: number;
  /** Keys from the root to the mapping the cursor is in; `-` for a sequence item. */
  path: string[];
  /** The line up to the cursor. */
  before: string;
  /** On a value: the key whose value it is (`Type` in `Type: AWS::S3::`). */
  valueOf?: string;
  /** The text being completed (the partial key or value) and where it starts on the line. */
  prefix: string;
  prefixStart: number;
  /** Column of the key being typed (its indentation). */
  indent: number;
  /** Keys already in the mapping the cursor is in (read from the text, so list items work too). */
  siblings: Set<string>;
}

interface LineShape {
  /** Column of the first `- ` (when the line is a sequence item). */
  dash?: number;
  /** Column where the key (or scalar) starts. */
  keyColumn: number;
  key?: string;
  blank: boolean;
}

const KEY = /^([^\s#:'"{}[\]][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)/;

function shape(line: string): LineShape {
  const content = line.replace(/\s+$/, '');
  const indent = content.length - content.trimStart().length;
  if (content.trim() === '' || content.trimStart().startsWith('#')) return { keyColumn: indent, blank: true };
  let column = indent;
  let dash: number | undefined;
  while (content.startsWith('- ', column) || content.slice(column) === '-') {
    dash ??= column;
    column += 1;
    while (content[column] === ' ') column++;
  }
  const key = KEY.exec(content.slice(column))?.[1]?.replace(/^["']|["']$/g, '');
  return { dash, keyColumn: column, key, blank: false };
}

/** `lineAt(i)` gives line i's text without its line break. */
export function completionContext(lineAt: (line: number) => string, lineCount: number, line: number, character: number): CompletionContext {
  const text = lineAt(line);
  const before = text.slice(0, character);
  const current = shape(before);
  const valueMatch = /^(\s*(?:-\s+)*)([^\s#:'"{}[\]][^:#]*?|"[^"]*"):\s+(.*)$/.exec(before);
  const prefix = /[^\s[\],{}'"]*$/.exec(before)?.[0] ?? '';
  const path = current.blank || current.dash === undefined ? [] : ['-'];
  let column = current.blank ? character : (current.dash ?? current.keyColumn);
  let inItem = !current.blank && current.dash !== undefined;
  for (let i = line - 1; i >= 0 && (column > 0 || inItem); i--) {
    const above = shape(lineAt(i));
    if (above.blank) continue;
    if (inItem) {
      // The sequence's key: indented less than the dash, or at the same column (compact `key:\n- item`).
      if (above.dash === undefined && above.keyColumn <= column && above.key !== undefined) {
        path.unshift(above.key);
        column = above.keyColumn;
        inItem = false;
      } else if (above.keyColumn < column) {
        break;
      }
      continue;
    }
    if (above.keyColumn < column) {
      if (above.key !== undefined) path.unshift(above.key);
      if (above.dash !== undefined) {
        path.unshift('-');
        column = above.dash;
        inItem = true;
      } else {
        column = above.keyColumn;
      }
    } else if (above.dash !== undefined && above.dash < column) {
      // A sibling key of the same sequence item (`- Name: a` above `  Value: b`).
      path.unshift('-');
      column = above.dash;
      inItem = true;
    }
  }
  const indent = current.blank ? character : current.keyColumn;
  return {
    line,
    path,
    before,
    valueOf: valueMatch ? valueMatch[2].replace(/^"|"$/g, '') : undefined,
    prefix,
    prefixStart: character - prefix.length,
    indent,
    siblings: siblingKeys(lineAt, lineCount, line, indent, !current.blank && current.dash !== undefined),
  };
}

/** Keys at the cursor's column in the same block: up to the line that opens it, down to the one that ends it. */
function siblingKeys(lineAt: (line: number) => string, lineCount: number, line: number, column: number, opensItem: boolean): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1): void => {
    for (let i = from; i >= 0 && i < lineCount; i += step) {
      const other = shape(lineAt(i));
      if (other.blank) continue;
      if (other.keyColumn < column) return;
      // A `- ` item at the cursor's level starts a new mapping: going up it is the first line of ours.
      const itemStart = other.dash !== undefined && other.keyColumn === column;
      if (itemStart && step === 1) return;
      if (other.keyColumn === column && other.key !== undefined) keys.add(other.key);
      if (itemStart) return;
    }
  };
  if (!opensItem) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}
