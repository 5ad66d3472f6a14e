// Flow collections for the block-YAML reader: one-line values (`[a, !Ref b]`, `{ "Fn::GetAtt": [Fn, Arn] }`) and
// whole documents that are one flow collection over many lines (JSON templates). The tree the `yaml` package path
// builds for them, or undefined for anything else (multi-line scalars, trailing commas, empty entries, implicit
// pairs, anchors, …), which sends the document to the `yaml` package.
import type { LineIndex, Range } from './ranges';
import { expandTag, SHORT_FORM_TAGS, type MapEntry, type TemplateNode } from './yaml';
import { plainValue, readQuoted } from './yaml-scalars';

const MAX_DEPTH = 100;
const SPACE = 32;
/** Characters that end a plain scalar in a flow collection, or that one may not start with. */
const FLOW_INDICATORS = ',[]{}';
const UNSUPPORTED_START = new Set(['!', '[', ']', '{', '}', '|', '>', '&', '*', '%', '@', '`', ',', '?', ':', '#', '-']);

/**
 * Reads the flow collection at `at` (its `[` or `{`), closed before `end`: the end of its line, or for a document
 * that is one flow collection, the end of the text (it may then span lines).
 */
export function readFlow(text: string, lines: LineIndex, at: number, end: number, multiLine: boolean): { node: TemplateNode; end: number } | undefined {
  const reader = new FlowReader(text, lines, end, multiLine);
  const node = reader.collection(at, 0);
  return node ? { node, end: reader.pos } : undefined;
}

class FlowReader {
  /** Where reading stopped: after the last node read. */
  pos = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly end: number,
    private readonly multiLine: boolean,
  ) {}

  collection(at: number, depth: number): TemplateNode | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const map = this.text[at] === '{';
    const close = map ? '}' : ']';
    const items: TemplateNode[] = [];
    const entries: MapEntry[] = [];
    const keys = new Set<string>();
    let i = this.skipSpaces(at + 1);
    if (this.text[i] !== close) {
      for (;;) {
        if (map) {
          const entry = this.entry(i, depth);
          // Duplicate keys are an error for `yaml`: leave them to it.
          if (!entry || keys.has(entry.key)) return undefined;
          keys.add(entry.key);
          entries.push(entry);
        } else {
          const item = this.value(i, depth);
          if (!item) return undefined;
          items.push(item);
        }
        i = this.skipSpaces(this.pos);
        if (this.text[i] === close) break;
        if (this.text[i] !== ',') return undefined;
        i = this.skipSpaces(i + 1);
        if (this.text[i] === close || this.text[i] === ',') return undefined;
      }
    }
    this.pos = i + 1;
    const base = { range: this.range(at, i + 1), offsets: [at, i + 1] as [number, number] };
    return map ? { kind: 'map', entries, ...base } : { kind: 'seq', items, ...base };
  }

  /** `key: value` in a flow map: a plain key needs `: `; after a quoted one the `:` may touch the value. */
  private entry(at: number, depth: number): MapEntry | undefined {
    const key = this.scalar(at);
    if (!key) return undefined;
    const keyEnd = this.pos;
    const i = this.skipSpaces(keyEnd, false);
    const quoted = this.text[at] === '"' || this.text[at] === "'";
    if (this.text[i] !== ':' || (!quoted && this.text.charCodeAt(i + 1) !== SPACE)) return undefined;
    const value = this.value(this.skipSpaces(i + 1), depth);
    if (!value) return undefined;
    return { key: String(key.value), keyRange: this.range(at, keyEnd), keyOffsets: [at, keyEnd], value };
  }

  /** A value in a flow collection: a nested collection or a scalar, either with a short-form tag. */
  private value(at: number, depth: number): TemplateNode | undefined {
    let i = at;
    let tag: string | undefined;
    if (this.text[i] === '!') {
      while (i < this.end && this.text.charCodeAt(i) !== SPACE && !FLOW_INDICATORS.includes(this.text[i])) i++;
      tag = this.text.slice(at, i);
      if (!(tag in SHORT_FORM_TAGS) || this.text.charCodeAt(i) !== SPACE) return undefined;
      i = this.skipSpaces(i, false);
    }
    const first = this.text[i];
    let node: TemplateNode | undefined;
    if (first === '[' || first === '{') node = this.collection(i, depth + 1);
    else {
      const scalar = this.scalar(i);
      if (!scalar) return undefined;
      // `a: b` inside a sequence is a one-pair map: left to the yaml package.
      if (this.text[this.skipSpaces(this.pos)] === ':') return undefined;
      const value = tag && !scalar.quoted ? this.text.slice(i, this.pos) : scalar.value;
      node = { kind: 'scalar', value, range: this.range(i, this.pos), offsets: [i, this.pos] };
    }
    return node && tag ? expandTag(node, tag) : node;
  }

  /** A quoted scalar, or a plain one up to a flow indicator, `: ` or ` #` (trailing spaces not included). */
  private scalar(at: number): { value: string | number | boolean | null; quoted: boolean } | undefined {
    if (at >= this.end) return undefined;
    const first = this.text[at];
    if (first === '"' || first === "'") {
      const quoted = readQuoted(this.text, at, this.end);
      if (!quoted) return undefined;
      this.pos = quoted.end;
      return { value: quoted.value, quoted: true };
    }
    // A dash starts a plain scalar only before a digit (-1); `- ` would be a block sequence.
    if (UNSUPPORTED_START.has(first) && !(first === '-' && this.text.charCodeAt(at + 1) >= 48 && this.text.charCodeAt(at + 1) <= 57)) return undefined;
    let last = at;
    for (let i = at; i < this.end; i++) {
      const c = this.text[i];
      // A plain scalar continued on the next line is folded: left to the yaml package (the caller sees no `,`).
      if (FLOW_INDICATORS.includes(c) || c === '\n' || c === '\r') break;
      if (c === ':' && (i + 1 >= this.end || this.text.charCodeAt(i + 1) === SPACE || this.text[i + 1] === '\n' || this.text[i + 1] === '\r' || FLOW_INDICATORS.includes(this.text[i + 1]))) break;
      if (c === '#' && this.text.charCodeAt(i - 1) === SPACE) return undefined;
      if (c !== ' ') last = i + 1;
    }
    this.pos = last;
    return { value: plainValue(this.text.slice(at, last)), quoted: false };
  }

  /** Skips spaces, and line breaks too between the tokens of a multi-line collection. */
  private skipSpaces(at: number, lineBreaks = this.multiLine): number {
    let i = at;
    while (i < this.end && (this.text.charCodeAt(i) === SPACE || (lineBreaks && (this.text.charCodeAt(i) === 10 || this.text.charCodeAt(i) === 13)))) i++;
    return i;
  }

  private range(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }
}
