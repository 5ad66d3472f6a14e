// The edit behind "Add missing properties": finds the mapping the diagnostic points at (a resource goes to
// its Properties) and appends `Key: placeholder` lines at that mapping's indentation.
import type { Position, TextEdit } from 'vscode-languageserver/node';
import { getEntry, pathAt, type MapEntry, type TemplateModel, type TemplateNode } from '../../template-model';
import { contentEnd } from './content-range';

/** A value that keeps the template valid YAML and is obviously to be filled in. */
const PLACEHOLDER = '""';

export function missingPropertiesEdit(model: TemplateModel, at: Position, names: string[]): TextEdit | undefined {
  const found = targetOf(model, model.lines.offsetAt(at));
  if (!found) return undefined;
  let { node, entry } = found;
  const resourceLevel = names.includes('Type') || names.includes('Properties');
  if (node.kind === 'map' && getEntry(node, 'Type') && !resourceLevel) {
    const properties = getEntry(node, 'Properties');
    if (!properties) return append(model, node, entry, ['Properties:', ...names.map((n) => `  ${n}: ${PLACEHOLDER}`)]);
    ({ value: node } = properties);
    entry = properties;
  }
  return append(model, node, entry, names.map((n) => `${n}: ${PLACEHOLDER}`));
}

/** The mapping at the offset: the value of the key under it, else the innermost mapping around it. */
function targetOf(model: TemplateModel, offset: number): { node: TemplateNode; entry?: MapEntry } | undefined {
  const path = pathAt(model.root, offset);
  const last = path[path.length - 1];
  if (last?.onKey && typeof last.key === 'string') {
    const entry = getEntry(last.node, last.key);
    if (entry) return { node: entry.value, entry };
  }
  for (let i = path.length - 1; i >= 0; i--) {
    if (path[i].node.kind !== 'map') continue;
    const parent = path[i - 1];
    const entry = parent && typeof parent.key === 'string' ? getEntry(parent.node, parent.key) : undefined;
    return { node: path[i].node, entry };
  }
  return undefined;
}

/** Appends lines (relative indentation kept) to a block mapping, an empty value or an empty `{}`. */
function append(model: TemplateModel, node: TemplateNode, entry: MapEntry | undefined, lines: string[]): TextEdit | undefined {
  const text = model.lines.text;
  if (node.kind === 'map' && node.entries.length > 0 && text[node.offsets[0]] !== '{') {
    const indent = ' '.repeat(node.entries[0].keyRange.start.character);
    return insertAfter(model, node.offsets[1], lines.map((l) => `\n${indent}${l}`).join(''));
  }
  if (!entry) return undefined;
  const indent = ' '.repeat(entry.keyRange.start.character + 2);
  const block = lines.map((l) => `\n${indent}${l}`).join('');
  const empty = (node.kind === 'scalar' && node.value === null) || (node.kind === 'map' && node.entries.length === 0);
  if (!empty) return undefined;
  if (node.offsets[1] > node.offsets[0]) {
    // `Properties: {}` or `Properties: ~` becomes a block mapping.
    return { range: model.lines.rangeOf(entry.keyOffsets[1] + 1, contentEnd(text, node.offsets[1])), newText: block };
  }
  return insertAfter(model, entry.keyOffsets[1], block);
}

/** Inserts at the end of the last non-blank line at or before `offset`. */
function insertAfter(model: TemplateModel, offset: number, newText: string): TextEdit {
  const end = contentEnd(model.lines.text, offset);
  const line = model.lines.positionAt(end).line;
  const lineEnd = model.lines.text.slice(model.lines.offsetAt({ line, character: 0 })).search(/\r?\n|$/);
  const position = { line, character: lineEnd };
  return { range: { start: position, end: position }, newText };
}
