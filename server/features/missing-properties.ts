// The edit behind "Add missing properties": finds the mapping the diagnostic points at (a resource goes to
// its Properties) and appends the keys at that mapping's indentation, each with a placeholder of the type
// the resource specification gives it (nested required keys included), so the result checks clean.
import type { Position, TextEdit } from 'vscode-languageserver/node';
import { getEntry, getString, getValue, pathAt, type MapEntry, type TemplateModel, type TemplateNode } from '../../template-model';
import { getResourceType, getSamEventType, objectProperties, type PropertySpec, type ResourceTypeSpec, type SpecType } from '../spec';
import { contentEnd } from './content-range';

export function missingPropertiesEdit(model: TemplateModel, at: Position, names: string[]): TextEdit | undefined {
  const steps = pathAt(model.root, model.lines.offsetAt(at));
  const last = steps[steps.length - 1];
  const entry = last?.onKey && typeof last.key === 'string' ? getEntry(last.node, last.key) : undefined;
  if (!entry) return undefined;
  const keys = steps.map((s) => (typeof s.key === 'number' ? '-' : (s.key ?? '')));
  const skip = model.dialect === 'serverless' && keys[0] === 'resources' ? 1 : 0;
  const [section, resource, properties, ...nested] = keys.slice(skip);
  const resourceType = section === 'Resources' ? getString(getValue(getValue(steps[skip + 1]?.node, resource), 'Type')) : undefined;
  const spec = resourceType ? getResourceType(resourceType) : undefined;
  if (section === 'Resources' && properties === undefined && !names.includes('Type') && !names.includes('Properties')) {
    // Anchored on the resource's key: the keys go under its Properties.
    const lines = keyLines(names, spec?.properties, spec);
    const existing = getEntry(entry.value, 'Properties');
    if (!existing) return append(model, entry.value, entry, ['Properties:', ...lines.map((l) => `  ${l}`)]);
    return append(model, existing.value, existing, lines);
  }
  const named = nested.filter((k) => k !== '-');
  if (properties !== 'Properties' || !spec || !resourceType) return append(model, entry.value, entry, keyLines(names, undefined, spec));
  if (named[0] === 'Events' && named.length === 2) {
    // A SAM event without Properties: add them with the event type's required keys.
    const eventType = getString(getValue(entry.value, 'Type'));
    const event = eventType ? getSamEventType(resourceType, eventType) : undefined;
    const required = Object.keys(event?.properties ?? {}).filter((n) => event?.properties[n].required);
    const lines = names.flatMap((n) => (n === 'Properties' && required.length ? ['Properties:', ...keyLines(required, event?.properties, spec).map((l) => `  ${l}`)] : keyLines([n], undefined, spec)));
    return append(model, entry.value, entry, lines);
  }
  const eventType = named[0] === 'Events' ? getString(getValue(getValue(getValue(getValue(steps[skip + 2]?.node, 'Properties'), 'Events'), named[1]), 'Type')) : undefined;
  let specs: Record<string, PropertySpec> | undefined = eventType ? getSamEventType(resourceType, eventType)?.properties : spec.properties;
  for (const key of eventType ? named.slice(3) : named) specs = specs?.[key] ? objectProperties(spec, specs[key].type) : undefined;
  return append(model, entry.value, entry, keyLines(names, specs, spec));
}

function keyLines(names: string[], specs: Record<string, PropertySpec> | undefined, spec: ResourceTypeSpec | undefined): string[] {
  return names.flatMap((name) => {
    const property = specs?.[name];
    return property ? valueLines(name, property.type, property, spec) : [`${name}: ""`];
  });
}

/** `name: value`, or `name:` and indented required keys for a structured type. */
function valueLines(name: string, type: SpecType, property: PropertySpec | undefined, spec: ResourceTypeSpec | undefined): string[] {
  switch (type.kind) {
    case 'string':
      return [`${name}: ${property?.enum?.[0] ?? '""'}`];
    case 'integer':
    case 'number':
      return [`${name}: ${property?.minimum ?? 0}`];
    case 'boolean':
      return [`${name}: false`];
    case 'array':
    case 'tag':
      return [`${name}: []`];
    case 'union':
      return valueLines(name, type.types[0], property, spec);
    case 'object': {
      const required = Object.entries((spec && objectProperties(spec, type)) ?? {}).filter(([, p]) => p.required);
      if (required.length === 0) return [`${name}: {}`];
      return [`${name}:`, ...required.flatMap(([n, p]) => valueLines(n, p.type, p, spec)).map((l) => `  ${l}`)];
    }
    case 'json':
      // Untyped in the spec: documents and patterns are mappings, the rest (ARNs, names) strings.
      return [`${name}: ${/(Document|Policy|Pattern|Definition|Body)$/.test(name) ? '{}' : '""'}`];
    default:
      return [`${name}: {}`];
  }
}

/** Appends lines (relative indentation kept) to a block mapping, an empty value or an empty `{}`. */
function append(model: TemplateModel, node: TemplateNode, entry: MapEntry, lines: string[]): TextEdit | undefined {
  const text = model.lines.text;
  if (node.kind === 'map' && node.entries.length > 0 && text[node.offsets[0]] !== '{') {
    const indent = ' '.repeat(node.entries[0].keyRange.start.character);
    return insertAfter(model, node.offsets[1], lines.map((l) => `\n${indent}${l}`).join(''));
  }
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
  const line = model.lines.positionAt(contentEnd(model.lines.text, offset)).line;
  const lineEnd = model.lines.text.slice(model.lines.offsetAt({ line, character: 0 })).search(/\r?\n|$/);
  const position = { line, character: lineEnd };
  return { range: { start: position, end: position }, newText };
}
