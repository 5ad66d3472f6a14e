// One-line YAML scalars as the `yaml` package reads them: plain scalars resolved under the YAML 1.2 core schema,
// and single- and double-quoted strings (the escapes it knows; \x, \u, \U and line folding are left to it).

const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** First characters of plain scalars that may resolve to something other than a string. */
const NON_STRING_START = '-+.~0123456789nNtTfF';

/** The end of the block-context plain scalar at `at` (before `end`): at `: `, ` #` or the line end, spaces trimmed. */
export function plainEnd(text: string, at: number, end: number): number {
  let last = at;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */ && (i + 1 === end || text.charCodeAt(i + 1) === 32)) break;
    if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) break;
    if (c !== 32) last = i + 1;
  }
  return last;
}

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function plainValue(source: string): string | number | boolean | null {
  if (source.length > 0 && !NON_STRING_START.includes(source[0])) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (OCTAL.test(source)) return parseInt(source.slice(2), 8);
  if (DECIMAL.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.slice(2), 16);
  if (INF_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** The quoted string starting at `at` and closed before `end` (its end offset and value), or undefined. */
export function readQuoted(text: string, at: number, end: number): { end: number; value: string } | undefined {
  const quote = text[at];
  let value = '';
  let from = at + 1;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === quote && (quote === '"' || text[i + 1] !== "'")) return { end: i + 1, value: value + text.slice(from, i) };
    // A quoted string over several lines is folded: left to the yaml package.
    if (c === '\n') return undefined;
    if (c === "'" && quote === "'") {
      // '' stands for one quote.
      value += text.slice(from, i + 1);
      from = ++i + 1;
    } else if (c === '\\' && quote === '"') {
      const escaped = ESCAPES[text[i + 1]];
      if (escaped === undefined) return undefined;
      value += text.slice(from, i) + escaped;
      from = ++i + 1;
    }
  }
  return undefined;
}
