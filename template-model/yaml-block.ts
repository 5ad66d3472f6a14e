// A fast reader for the YAML most templates are written in: block maps and sequences, block scalars, one-line
// scalars and flow collections, comments, short-form tags, JSON, LF or CRLF. It builds exactly the tree the `yaml`
// package path builds (same values, offsets and ranges, including where `yaml` ends a collection after trailing
// comments) in a fraction of the time and memory, and gives up (returns undefined) on anything else — multi-line
// plain and quoted scalars, anchors, several documents, tabs, block scalars with CRLF, errors — so the caller falls
// back to `yaml`. test/unit/template-model/yaml-block.test.ts compares both on hand-written cases and the corpus.
import type { LineIndex, Range } from './ranges';
import { expandTag, SHORT_FORM_TAGS, type MapEntry, type ScalarNode, type TemplateNode } from './yaml';
import { readBlockScalar } from './yaml-block-scalar';
import { readFlow } from './yaml-flow';
import { plainEnd, plainValue, readQuoted } from './yaml-scalars';

/** Thrown to abandon the fast path; never escapes this file. */
const GIVE_UP = Symbol('give up');
/** Characters this reader does not handle anywhere: tabs, other controls, a CR not ending a line, byte-order mark. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED_TEXT = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\ufeff]|\r(?!\n)/;
/** First characters of a scalar this reader does not handle (flow collections, block scalars, anchors, …). */
const UNSUPPORTED_START = new Set(['!', '[', ']', '{', '}', '|', '>', '&', '*', '%', '@', '`', ',', '?', ':', '#']);
const MAX_DEPTH = 150;
const SPACE = 32;

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

/** Reads line by line. Each read leaves its results in fields (no per-node result objects: a large template has
 * tens of thousands of nodes): `next`, the next content line; `nodeEnd`, where `yaml` ends the node with the
 * comments it takes (a collection's range ends at its last item's `nodeEnd`); `trailerEnd`/`trailerIndent`, the
 * comment lines after a collection's last item that no scalar took — `yaml` keeps them in the innermost collection
 * that is at most as indented as one of them, which then ends after them. */
class BlockReader {
  private readonly lineCount: number;
  /** CRLF line ends: a line's content stops before its CR. */
  private readonly crlf: boolean;
  private next = 0;
  private nodeEnd = 0;
  private trailerEnd = -1;
  private trailerIndent = -1;
  private absorbedEnd = -1;
  /** The last scalar read: its end, value, and whether it was quoted. */
  private scalarEnd = 0;
  private scalarValue: string | number | boolean | null = null;
  private scalarQuoted = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.lineCount = lines.lineCount;
    this.crlf = text.includes('\r');
  }

  document(): TemplateNode | undefined {
    let first = this.gap(0, -1, false);
    // A document start marker alone on its line (`---`, `--- # comment`).
    const at = first < this.lineCount ? this.lines.lineStart(first) : 0;
    if (this.text.startsWith('---', at) && this.indentOf(first) === 0) {
      this.checkLineRest(at + 3, this.lineEnd(first));
      first = this.gap(first + 1, -1, false);
    }
    if (first >= this.lineCount) return undefined;
    const start = this.lines.lineStart(first) + this.indentOf(first);
    if (this.text[start] === '{' || this.text[start] === '[') return this.flowDocument(start);
    const node = this.block(first, -1, 0);
    if (this.next < this.lineCount) giveUp();
    return node;
  }

  /** A document that is one flow collection, like a JSON template: nothing but blank lines may follow it. */
  private flowDocument(at: number): TemplateNode {
    const flow = readFlow(this.text, this.lines, at, this.text.length, true) ?? giveUp();
    if (this.text.slice(flow.end).trim() !== '') giveUp();
    return flow.node;
  }

  private lineEnd(line: number): number {
    if (line + 1 >= this.lineCount) return this.text.length;
    const newline = this.lines.lineStart(line + 1) - 1;
    return this.crlf && this.text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  }

  private lineNext(line: number): number {
    return line + 1 < this.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
  }

  private indentOf(line: number): number {
    const start = this.lines.lineStart(line);
    let i = start;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i - start;
  }

  /** Skips blank and comment lines from `line`, returning the next content line. Comments indented deeper than
   * `indent` right after a scalar belong to it (`absorbedEnd`); the others form the trailer. */
  private gap(line: number, indent: number, absorb: boolean): number {
    this.absorbedEnd = -1;
    this.trailerIndent = -1;
    let i = line;
    for (; i < this.lineCount; i++) {
      const column = this.indentOf(i);
      const at = this.lines.lineStart(i) + column;
      if (at >= this.lineEnd(i)) continue;
      if (this.text.charCodeAt(at) !== 35 /* # */) break;
      if (absorb && this.trailerIndent < 0 && column > indent) this.absorbedEnd = this.lineNext(i);
      else this.trailerIndent = Math.max(this.trailerIndent, column);
    }
    this.trailerEnd = this.trailerIndent < 0 ? -1 : i < this.lineCount ? this.lines.lineStart(i) + this.indentOf(i) : this.text.length;
    return i;
  }

  /** A map or a sequence starting on its own line, inside a collection indented `parent`. */
  private block(line: number, parent: number, depth: number): TemplateNode {
    if (depth > MAX_DEPTH) giveUp();
    const indent = this.indentOf(line);
    const at = this.lines.lineStart(line) + indent;
    if (this.isSeqItem(at)) return this.seq(line, at, indent, depth);
    if (indent <= parent) giveUp();
    return this.map(line, at, indent, depth);
  }

  private isSeqItem(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return this.text.charCodeAt(at) === 45 /* - */ && (next === SPACE || next === 10 || next === 13 || at + 1 === this.text.length);
  }

  private seq(line: number, at: number, indent: number, depth: number): TemplateNode {
    const items: TemplateNode[] = [];
    const start = at;
    for (;;) {
      items.push(this.value(line, at + 1, indent, depth, true));
      const next = this.next;
      if (next >= this.lineCount) break;
      const column = this.indentOf(next);
      if (column > indent) giveUp();
      const nextAt = this.lines.lineStart(next) + column;
      if (column < indent || !this.isSeqItem(nextAt)) break;
      this.trailerEnd = -1;
      line = next;
      at = nextAt;
    }
    return this.close({ kind: 'seq', items, range: this.lines.rangeOf(start, this.nodeEnd), offsets: [start, this.nodeEnd] }, indent);
  }

  private map(line: number, at: number, indent: number, depth: number): TemplateNode {
    const entries: MapEntry[] = [];
    let keys: Set<string> | undefined;
    const start = at;
    for (;;) {
      const lineEnd = this.lineEnd(line);
      this.scalar(at, lineEnd);
      const keyEnd = this.scalarEnd;
      const colon = this.keyColon(keyEnd, lineEnd);
      const key = String(this.scalarValue);
      if (colon < 0 || keyEnd - at > 1024) giveUp();
      // Duplicate keys are an error for `yaml`: leave them to it.
      if (entries.length < 16) {
        for (let i = 0; i < entries.length; i++) if (entries[i].key === key) giveUp();
      } else {
        keys ??= new Set(entries.map((e) => e.key));
        if (keys.has(key)) giveUp();
        keys.add(key);
      }
      const keyRange = this.lineRange(line, at, keyEnd);
      const value = this.value(line, colon + 1, indent, depth, false);
      entries.push({ key, keyRange, keyOffsets: [at, keyEnd], value });
      const next = this.next;
      if (next >= this.lineCount) break;
      const column = this.indentOf(next);
      if (column > indent) giveUp();
      if (column < indent) break;
      const nextAt = this.lines.lineStart(next) + column;
      if (this.isSeqItem(nextAt)) giveUp();
      this.trailerEnd = -1;
      line = next;
      at = nextAt;
    }
    return this.close({ kind: 'map', entries, range: this.lines.rangeOf(start, this.nodeEnd), offsets: [start, this.nodeEnd] }, indent);
  }

  /** The offset of the `:` making the scalar that ends at `end` a key (followed by a space or the line end), or -1. */
  private keyColon(end: number, lineEnd: number): number {
    let i = end;
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i < lineEnd && this.text.charCodeAt(i) === 58 /* : */ && (i + 1 === lineEnd || this.text.charCodeAt(i + 1) === SPACE) ? i : -1;
  }

  /** A collection has ended: its trailing comments stay with it (it ends after them) or move on to its parent. */
  private close(node: TemplateNode, indent: number): TemplateNode {
    if (this.trailerEnd >= 0 && indent !== 0 && this.trailerIndent >= indent) {
      this.nodeEnd = this.trailerEnd;
      this.trailerEnd = -1;
    } else {
      this.nodeEnd = node.offsets[1];
    }
    return node;
  }

  /** The value after a `:` or `-` indicator ending at `from` on `line`, in a collection indented `indent`. */
  private value(line: number, from: number, indent: number, depth: number, inSeq: boolean): TemplateNode {
    const end = this.lineEnd(line);
    let at = from;
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    let tag: string | undefined;
    if (this.text.charCodeAt(at) === 33 /* ! */) {
      let tagEnd = at;
      while (tagEnd < end && this.text.charCodeAt(tagEnd) !== SPACE) tagEnd++;
      tag = this.text.slice(at, tagEnd);
      if (!(tag in SHORT_FORM_TAGS)) giveUp();
      at = tagEnd;
      while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    }
    if (at === end || this.text.charCodeAt(at) === 35 /* # */) {
      // Nothing more on this line: a nested block below, or an empty value.
      const next = this.gap(line + 1, indent, false);
      const column = next < this.lineCount ? this.indentOf(next) : -1;
      const sameIndentSeq = !inSeq && column === indent && this.isSeqItem(this.lines.lineStart(next) + column);
      if (column > indent || sameIndentSeq) {
        this.next = next;
        this.trailerEnd = -1;
        const node = this.block(next, indent, depth + 1);
        return tag ? expandTag(node, tag) : node;
      }
      // `yaml` ends an empty value after the comments around it, and gives a tagged one the value '': not copied.
      if (tag || at < end || this.trailerEnd >= 0 || (inSeq && this.commentBefore(line))) giveUp();
      this.next = next;
      this.nodeEnd = at;
      return { kind: 'scalar', value: null, range: this.lineRange(line, at, at), offsets: [at, at] };
    }
    if (this.isSeqItem(at)) {
      if (tag || !inSeq) giveUp();
      return this.seq(line, at, at - this.lines.lineStart(line), depth + 1);
    }
    let node: TemplateNode;
    let nodeEnd: number;
    const first = this.text[at];
    if (first === '|' || first === '>') {
      // With CRLF, `yaml` strips each CR from the content: not copied.
      const block = (!this.crlf && readBlockScalar(this.text, this.lines, line, at, indent)) || giveUp();
      const scalar: ScalarNode = { kind: 'scalar', value: block.value, range: this.lines.rangeOf(at, block.end), offsets: [at, block.end] };
      // `yaml` gives comments after a block scalar to the collection, never to the scalar.
      this.next = this.gap(block.nextLine, indent, false);
      this.nodeEnd = block.end;
      return tag ? expandTag(scalar, tag) : scalar;
    }
    if (first === '[' || first === '{') {
      ({ node, end: nodeEnd } = readFlow(this.text, this.lines, at, end, false) ?? giveUp());
    } else {
      this.scalar(at, end);
      nodeEnd = this.scalarEnd;
      if (this.keyColon(nodeEnd, end) >= 0) {
        if (tag || !inSeq) giveUp();
        return this.map(line, at, at - this.lines.lineStart(line), depth + 1);
      }
      const value = tag && !this.scalarQuoted ? this.text.slice(at, nodeEnd) : this.scalarValue;
      node = { kind: 'scalar', value, range: this.lineRange(line, at, nodeEnd), offsets: [at, nodeEnd] };
    }
    this.checkLineRest(nodeEnd, end);
    this.next = this.gap(line + 1, indent, true);
    this.nodeEnd = Math.max(this.lineNext(line), this.absorbedEnd);
    return tag ? expandTag(node, tag) : node;
  }

  /** Whether a comment line comes between `line` and the content line before it. */
  private commentBefore(line: number): boolean {
    for (let i = line - 1; i >= 0; i--) {
      const at = this.lines.lineStart(i) + this.indentOf(i);
      if (at < this.lineEnd(i)) return this.text.charCodeAt(at) === 35;
    }
    return false;
  }

  /** After a scalar value: only spaces and a comment may follow on its line. */
  private checkLineRest(from: number, end: number): void {
    let i = from;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    if (i < end && (this.text.charCodeAt(i) !== 35 || i === from)) giveUp();
  }

  /** A one-line scalar at `at`: plain up to `: `, ` #` or the line end, or quoted. Sets `scalarEnd`/`scalarValue`. */
  private scalar(at: number, end: number): void {
    const first = this.text[at];
    if (first === '"' || first === "'") {
      const quoted = readQuoted(this.text, at, end) ?? giveUp();
      this.setScalar(quoted.end, quoted.value, true);
      return;
    }
    if (UNSUPPORTED_START.has(first) || this.isSeqItem(at)) giveUp();
    const last = plainEnd(this.text, at, end);
    this.setScalar(last, plainValue(this.text.slice(at, last)), false);
  }

  private setScalar(end: number, value: string | number | boolean | null, quoted: boolean): void {
    this.scalarEnd = end;
    this.scalarValue = value;
    this.scalarQuoted = quoted;
  }

  private lineRange(line: number, start: number, end: number): Range {
    const lineStart = this.lines.lineStart(line);
    return { start: { line, character: start - lineStart }, end: { line, character: end - lineStart } };
  }
}
