// YAML/JSON text → a small tree of template nodes, each with its exact source range.
// CloudFormation short-form tags (!Ref, !GetAtt, …) become their long form ({ "Fn::GetAtt": … }) with the
// short tag remembered, so every check sees one shape whichever form the author wrote.
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { LineIndex, type Range } from './ranges';
import { readBlockYaml } from './yaml-block';

interface NodeBase {
  range: Range;
  /** [start, end) offsets in the text. */
  offsets: [number, number];
  /** The YAML tag as written, e.g. `!Sub`, when there was one. */
  tag?: string;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: TemplateNode[];
}

export interface MapEntry {
  key: string;
  keyRange: Range;
  keyOffsets: [number, number];
  value: TemplateNode;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
}

export type TemplateNode = ScalarNode | SeqNode | MapNode;

export interface SyntaxProblem {
  message: string;
  range: Range;
}

export interface ParsedYaml {
  root: TemplateNode | undefined;
  errors: SyntaxProblem[];
  lines: LineIndex;
}

/** Short-form tag → the long-form key it stands for. */
export const SHORT_FORM_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!ImportValue': 'Fn::ImportValue',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach',
};

/**
 * The short-form tags as custom tags of every node kind, so the parser resolves them instead of raising an
 * "Unresolved tag" warning per use (each an Error with a stack: most of the parse time of a large template).
 */
const CUSTOM_TAGS = Object.keys(SHORT_FORM_TAGS).flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag, collection: 'map' as const, resolve: (value: unknown) => value },
]) as unknown as NonNullable<Parameters<typeof parseDocument>[1]>['customTags'];

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  // Most templates are plain block YAML: read those directly; anything else goes through the yaml package.
  const block = readBlockYaml(text, lines);
  return block ? { root: block, errors: [], lines } : parseWithYamlPackage(text, lines);
}

/** The full YAML parser: any document, with its syntax errors. */
export function parseWithYamlPackage(text: string, lines = new LineIndex(text)): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: false, strict: false, customTags: CUSTOM_TAGS });
  } catch (error) {
    // The parser throws only on pathological input (alias bombs); report it at the top of the file.
    return { root: undefined, errors: [{ message: String(error), range: lines.rangeOf(0, 0) }], lines };
  }
  const errors = doc.errors.map((e) => ({ message: firstLine(e.message), range: lines.rangeOf(e.pos[0], e.pos[1]) }));
  const root = doc.contents ? convert(doc.contents as Node, lines, doc) : undefined;
  return { root, errors, lines };
}

function firstLine(message: string): string {
  const cut = message.indexOf(' at line ');
  return (cut > 0 ? message.slice(0, cut) : message.split('\n')[0]).trim();
}

function convert(node: Node, lines: LineIndex, doc: Document.Parsed, depth = 0): TemplateNode {
  // [start, valueEnd, nodeEnd]: the node end also covers trailing blank lines and comments, so ranges stop at the value.
  const [start, end] = node.range ?? [0, 0, 0];
  const base = { range: lines.rangeOf(start, end), offsets: [start, end] as [number, number] };
  if (depth > 200) return { kind: 'scalar', value: null, ...base };
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ? { ...convert(target, lines, doc, depth + 1), ...base } : { kind: 'scalar', value: null, ...base };
  }
  let converted: TemplateNode;
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyStart = keyNode?.range?.[0] ?? start;
      const keyEnd = keyNode?.range?.[1] ?? keyStart;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const value = pair.value
        ? convert(pair.value as Node, lines, doc, depth + 1)
        : nullAt(lines, keyEnd);
      entries.push({ key, keyRange: lines.rangeOf(keyStart, keyEnd), keyOffsets: [keyStart, keyEnd], value });
    }
    converted = { kind: 'map', entries, ...base };
  } else if (isSeq(node)) {
    converted = { kind: 'seq', items: node.items.map((i) => convert(i as Node, lines, doc, depth + 1)), ...base };
  } else {
    const value = isScalar(node) ? scalarValue(node.value) : null;
    converted = { kind: 'scalar', value, ...base };
  }
  return node.tag ? expandTag(converted, node.tag) : converted;
}

function scalarValue(value: unknown): ScalarNode['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function nullAt(lines: LineIndex, offset: number): ScalarNode {
  return { kind: 'scalar', value: null, range: lines.rangeOf(offset, offset), offsets: [offset, offset] };
}

/** A node written with a short-form tag becomes its long form: `!Ref X` → `{ Ref: X }`. */
export function expandTag(node: TemplateNode, tag: string): TemplateNode {
  const key = SHORT_FORM_TAGS[tag];
  if (!key) return { ...node, tag };
  const inner = node.kind === 'scalar' && node.value === null && node.tag === undefined ? { ...node, value: '' } : node;
  return {
    kind: 'map',
    tag,
    range: node.range,
    offsets: node.offsets,
    entries: [{ key, keyRange: node.range, keyOffsets: node.offsets, value: inner }],
  };
}

export function getEntry(node: TemplateNode | undefined, key: string): MapEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  // A plain loop: called for nearly every key the checks read, it should allocate nothing.
  for (let i = 0; i < node.entries.length; i++) if (node.entries[i].key === key) return node.entries[i];
  return undefined;
}

export function getValue(node: TemplateNode | undefined, key: string): TemplateNode | undefined {
  return getEntry(node, key)?.value;
}

export function getString(node: TemplateNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** The plain JavaScript value of a node (intrinsics stay as their long-form objects). */
export function toPlain(node: TemplateNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
  }
}

export interface PathStep {
  node: TemplateNode;
  /** The key (map) or index (seq) through which the next step was reached. */
  key?: string | number;
  /** True when the offset lies on this step's key rather than its value. */
  onKey?: boolean;
}

/** The chain of nodes from the root to the innermost node containing `offset`. */
export function pathAt(root: TemplateNode | undefined, offset: number): PathStep[] {
  const path: PathStep[] = [];
  let node = root;
  while (node) {
    const step: PathStep = { node };
    path.push(step);
    let next: TemplateNode | undefined;
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (offset >= entry.keyOffsets[0] && offset <= entry.keyOffsets[1] && entry.value.offsets !== node.offsets) {
          step.key = entry.key;
          step.onKey = true;
          break;
        }
        if (offset >= entry.value.offsets[0] && offset <= entry.value.offsets[1] && entry.value !== node) {
          step.key = entry.key;
          next = entry.value;
          break;
        }
      }
    } else if (node.kind === 'seq') {
      const index = node.items.findIndex((i) => offset >= i.offsets[0] && offset <= i.offsets[1]);
      if (index >= 0) {
        step.key = index;
        next = node.items[index];
      }
    }
    if (next === node) break;
    node = next;
  }
  return path;
}
