// A fast reader for the block-style YAML most templates are written in: block maps and sequences, one-line plain
// and quoted scalars, comments, CloudFormation short-form tags. It builds exactly the tree the `yaml` package
// path builds (same values, offsets and ranges, including where `yaml` ends a collection after trailing
// comments) in a fraction of the time, and gives up (returns undefined) on anything else — flow collections,
// block scalars, multi-line scalars, anchors, documents markers, tabs, errors — so the caller falls back to `yaml`.
import type { LineIndex, Range } from './ranges';
import { expandTag, SHORT_FORM_TAGS, type MapEntry, type ScalarNode, type TemplateNode } from './yaml';

/** Thrown to abandon the fast path; never escapes this file. */
const GIVE_UP = Symbol('give up');
/** Characters this reader does not handle anywhere: tabs, CR, other controls, byte-order mark. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED_TEXT = /[\x00-\x09\x0b-\x1f\x7f\ufeff]/;
/** First characters of a value this reader does not handle (flow collections, block scalars, anchors, aliases, …). */
const UNSUPPORTED_START = new Set(['!', '[', ']', '{', '}', '|', '>', '&', '*', '%', '@', '`', ',', '?', ':', '#']);
const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };
const MAX_DEPTH = 150;

interface Read {
  node: TemplateNode;
  /** Where `yaml` ends the node's value (range[1]) and the node including its trailing comments (range[2]). */
  valueEnd: number;
  nodeEnd: number;
}

/** Comment lines after a collection's last item that no scalar took: `yaml` keeps them in the innermost
 * collection that is at most as indented as one of them, which then ends after them. */
interface Trailer {
  end: number;
  maxIndent: number;
}

interface Token {
  start: number;
  end: number;
  value: string | number | boolean | null;
  source: string;
  quoted: boolean;
}

export function readBlockYaml(text: string, lines: LineIndex): TemplateNode | undefined {
  if (UNSUPPORTED_TEXT.test(text)) return undefined;
  try {
    return new BlockReader(text, lines).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

class BlockReader {
  private trailer: Trailer | undefined;
  private readonly lineCount: number;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.lineCount = lines.lineCount;
  }

  document(): TemplateNode | undefined {
    const first = this.gap(0, -1, false).next;
    if (first >= this.lineCount) return undefined;
    const read = this.block(first, -1, 0);
    if (this.next < this.lineCount) giveUp();
    return read.node;
  }

  /** The next content line once a node has been read. */
  private next = 0;

  private lineEnd(line: number): number {
    return line + 1 < this.lineCount ? this.lines.lineStart(line + 1) - 1 : this.text.length;
  }

  private lineNext(line: number): number {
    return line + 1 < this.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
  }

  private indentOf(line: number): number {
    const start = this.lines.lineStart(line);
    let i = start;
    while (this.text.charCodeAt(i) === 32) i++;
    return i - start;
  }

  /**
   * Skips blank and comment lines from `line`. Comments indented deeper than `indent` right after a scalar belong
   * to it (`absorbedEnd`); the others form the trailer. Returns the next content line.
   */
  private gap(line: number, indent: number, absorb: boolean): { next: number; absorbedEnd: number; trailer: Trailer | undefined } {
    let absorbedEnd = -1;
    let trailer: Trailer | undefined;
    let i = line;
    for (; i < this.lineCount; i++) {
      const start = this.lines.lineStart(i);
      const column = this.indentOf(i);
      const at = start + column;
      if (at >= this.lineEnd(i)) continue;
      if (this.text[at] !== '#') break;
      if (absorb && !trailer && column > indent) absorbedEnd = this.lineNext(i);
      else trailer = { end: 0, maxIndent: Math.max(trailer?.maxIndent ?? -1, column) };
    }
    if (trailer) trailer.end = i < this.lineCount ? this.lines.lineStart(i) + this.indentOf(i) : this.text.length;
    return { next: i, absorbedEnd, trailer };
  }

  /** A block node starting on its own line `line` (a map or a sequence), inside a collection indented `parent`. */
  private block(line: number, parent: number, depth: number, tag?: string): Read {
    if (depth > MAX_DEPTH) giveUp();
    const indent = this.indentOf(line);
    const at = this.lines.lineStart(line) + indent;
    if (this.text[at] === '!') giveUp();
    const read = this.isSeqItem(at) ? this.seq(line, at, indent, depth) : this.map(line, at, indent, depth);
    if (indent <= parent && read.node.kind !== 'seq') giveUp();
    return tag ? { ...read, node: expandTag(read.node, tag) } : read;
  }

  private isSeqItem(at: number): boolean {
    const next = this.text[at + 1];
    return this.text[at] === '-' && (next === ' ' || next === '\n' || next === undefined);
  }

  private seq(line: number, at: number, indent: number, depth: number): Read {
    const items: TemplateNode[] = [];
    const start = at;
    let read: Read;
    for (;;) {
      read = this.value(line, at + 1, indent, depth, true);
      items.push(read.node);
      const next = this.next;
      if (next >= this.lineCount) break;
      const column = this.indentOf(next);
      if (column > indent) giveUp();
      const nextAt = this.lines.lineStart(next) + column;
      if (column < indent || !this.isSeqItem(nextAt)) break;
      this.trailer = undefined;
      line = next;
      at = nextAt;
    }
    return this.close({ kind: 'seq', items, range: this.range(start, read.nodeEnd), offsets: [start, read.nodeEnd] }, indent, read.nodeEnd);
  }

  private map(line: number, at: number, indent: number, depth: number): Read {
    const entries: MapEntry[] = [];
    const keys = new Set<string>();
    const start = at;
    let read: Read;
    for (;;) {
      const lineEnd = this.lineEnd(line);
      const key = this.scalar(at, lineEnd);
      const colon = this.keyColon(key, lineEnd);
      if (colon < 0) giveUp();
      const name = String(key.value);
      if (keys.has(name) || key.end - key.start > 1024) giveUp();
      keys.add(name);
      read = this.value(line, colon + 1, indent, depth, false);
      const keyOffsets: [number, number] = [key.start, key.end];
      entries.push({ key: name, keyRange: this.lineRange(line, key.start, key.end), keyOffsets, value: read.node });
      const next = this.next;
      if (next >= this.lineCount) break;
      const column = this.indentOf(next);
      if (column > indent) giveUp();
      if (column < indent) break;
      const nextAt = this.lines.lineStart(next) + column;
      if (this.isSeqItem(nextAt)) giveUp();
      this.trailer = undefined;
      line = next;
      at = nextAt;
    }
    return this.close({ kind: 'map', entries, range: this.range(start, read.nodeEnd), offsets: [start, read.nodeEnd] }, indent, read.nodeEnd);
  }

  /** The offset of the `:` making the scalar a key (followed by a space or the line end), or -1. */
  private keyColon(token: Token, end: number): number {
    let i = token.end;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    return i < end && this.text[i] === ':' && (i + 1 === end || this.text.charCodeAt(i + 1) === 32) ? i : -1;
  }

  /** A collection has ended: its trailing comments stay with it or move on to its parent. */
  private close(node: TemplateNode, indent: number, valueEnd: number): Read {
    const trailer = this.trailer;
    if (trailer && indent !== 0 && trailer.maxIndent >= indent) {
      this.trailer = undefined;
      return { node, valueEnd, nodeEnd: trailer.end };
    }
    return { node, valueEnd, nodeEnd: valueEnd };
  }

  /** The value after a `:` or `-` indicator at `from` on `line`, in a collection indented `indent`. */
  private value(line: number, from: number, indent: number, depth: number, inSeq: boolean): Read {
    const end = this.lineEnd(line);
    let at = from;
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    let tag: string | undefined;
    if (this.text[at] === '!') {
      let tagEnd = at;
      while (tagEnd < end && this.text[tagEnd] !== ' ') tagEnd++;
      tag = this.text.slice(at, tagEnd);
      if (!(tag in SHORT_FORM_TAGS)) giveUp();
      at = tagEnd;
      while (at < end && this.text.charCodeAt(at) === 32) at++;
    }
    if (at === end || this.text[at] === '#') {
      // Nothing more on this line: a nested block below, or an empty value.
      const gap = this.gap(line + 1, indent, false);
      const next = gap.next;
      const column = next < this.lineCount ? this.indentOf(next) : -1;
      const nestedSeq = !inSeq && column === indent && this.isSeqItem(this.lines.lineStart(next) + column);
      if (column > indent || nestedSeq) {
        this.next = next;
        const read = this.block(next, indent, depth + 1, tag);
        return read;
      }
      // `yaml` ends an empty value after the comments around it: not worth copying.
      if (tag || at < end || gap.trailer || (inSeq && this.commentBefore(line))) giveUp();
      this.next = next;
      this.trailer = undefined;
      const node: ScalarNode = { kind: 'scalar', value: null, range: this.lineRange(line, at, at), offsets: [at, at] };
      return { node, valueEnd: at, nodeEnd: at };
    }
    const column = at - this.lines.lineStart(line);
    if (this.isSeqItem(at)) {
      if (tag || !inSeq) giveUp();
      return this.seq(line, at, column, depth + 1);
    }
    const token = this.scalar(at, end);
    if (this.keyColon(token, end) >= 0) {
      if (tag || !inSeq) giveUp();
      return this.map(line, at, column, depth + 1);
    }
    this.checkLineRest(token.end, end);
    const gap = this.gap(line + 1, indent, true);
    this.next = gap.next;
    this.trailer = gap.trailer;
    const value = tag ? (token.quoted ? token.value : token.source) : token.value;
    const node: ScalarNode = { kind: 'scalar', value, range: this.lineRange(line, token.start, token.end), offsets: [token.start, token.end] };
    const nodeEnd = Math.max(this.lineNext(line), gap.absorbedEnd);
    return { node: tag ? expandTag(node, tag) : node, valueEnd: token.end, nodeEnd };
  }

  /** Whether a comment line comes between `line` and the content line before it. */
  private commentBefore(line: number): boolean {
    for (let i = line - 1; i >= 0; i--) {
      const at = this.lines.lineStart(i) + this.indentOf(i);
      if (at < this.lineEnd(i)) return this.text[at] === '#';
    }
    return false;
  }

  /** After a scalar value: only spaces and a comment may follow on its line. */
  private checkLineRest(from: number, end: number): void {
    let i = from;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    if (i < end && (this.text[i] !== '#' || i === from)) giveUp();
  }

  /** A one-line scalar at `at`: plain up to `: `, ` #` or the line end, or quoted. */
  private scalar(at: number, end: number): Token {
    const first = this.text[at];
    if (first === '"' || first === "'") return this.quoted(at, end, first);
    if (UNSUPPORTED_START.has(first) || (first === '-' && this.isSeqItem(at))) giveUp();
    let i = at;
    let last = at;
    for (; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 58 /* : */ && (i + 1 === end || this.text.charCodeAt(i + 1) === 32)) break;
      if (c === 35 /* # */ && this.text.charCodeAt(i - 1) === 32) break;
      if (c !== 32) last = i + 1;
    }
    const source = this.text.slice(at, last);
    return { start: at, end: last, value: plainValue(source), source, quoted: false };
  }

  private quoted(at: number, end: number, quote: string): Token {
    let value = '';
    let i = at + 1;
    for (; i < end; i++) {
      const c = this.text[i];
      if (c === quote) {
        if (quote === "'" && this.text[i + 1] === "'") {
          value += "'";
          i++;
          continue;
        }
        return { start: at, end: i + 1, value, source: value, quoted: true };
      }
      if (c === '\\' && quote === '"') {
        const escaped = ESCAPES[this.text[++i]];
        if (escaped === undefined) giveUp();
        value += escaped;
      } else value += c;
    }
    return giveUp();
  }

  private lineRange(line: number, start: number, end: number): Range {
    const lineStart = this.lines.lineStart(line);
    return { start: { line, character: start - lineStart }, end: { line, character: end - lineStart } };
  }

  private range(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }
}

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
function plainValue(source: string): string | number | boolean | null {
  if (!/^[-+.~0-9nNtTfF]?$/.test(source.slice(0, 1))) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}
