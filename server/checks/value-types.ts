// Checks a value against its specification: unknown and missing properties, types, enums, patterns and
// numeric ranges, recursively through structured types. Shared by the resource, SAM event and Globals checks.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { MapNode, Range, TemplateNode } from '../../template-model';
import { describeType, type PropertySpec, type ResourceTypeSpec, type SpecType } from '../spec';
import { error, warning } from './check';
import { ifBranches, intrinsicOf } from './intrinsics-shape';
import { closest, didYouMean } from './suggest';

export interface MappingTarget {
  spec: ResourceTypeSpec;
  properties: Record<string, PropertySpec>;
  /** What the mapping is, for messages: `Properties of MyFunction`, `Events.Upload.Properties`. */
  label: string;
  /** Where a missing required property is reported: the key that owns the mapping. */
  anchor: Range;
  /** Properties set elsewhere (SAM Globals): not missing here, and their nested required keys may be there too. */
  providedElsewhere?: ReadonlySet<string>;
  /** False inside a value that Globals may complete: required keys are not checked. */
  checkRequired?: boolean;
  /** Inside SAM's nested settings the transform ignores unknown keys and fills some defaults: warn only. */
  lenient?: boolean;
}

/** Checks a mapping of properties: each key known, required ones present, each value well typed. */
export function checkMapping(target: MappingTarget, node: TemplateNode, out: Diagnostic[]): void {
  if (intrinsicOf(node)) {
    for (const branch of ifBranches(node)) checkMapping(target, branch, out);
    return;
  }
  if (node.kind !== 'map') {
    out.push(error(node.range, 'E3012', `${target.label} must be a mapping of properties, not ${describeNode(node)}.`));
    return;
  }
  const names = Object.keys(target.properties);
  for (const entry of node.entries) {
    const property = target.properties[entry.key];
    if (!property) {
      if (entry.key === 'Fn::If' || entry.key.startsWith('Fn::')) continue;
      const suggestions = closest(entry.key, names);
      const data = suggestions.length ? { replacements: suggestions } : undefined;
      if (target.lenient) out.push(warning(entry.keyRange, 'W3002', `${target.label} has no property '${entry.key}': SAM ignores it.${didYouMean(suggestions)}`, data));
      else out.push(error(entry.keyRange, 'E3002', `${target.label} has no property '${entry.key}'.${didYouMean(suggestions)}`, data));
      continue;
    }
    const completedElsewhere = target.checkRequired === false || target.providedElsewhere?.has(entry.key) === true;
    checkValue(target.spec, entry.key, property, property.type, entry.value, out, entry.keyRange, !completedElsewhere);
  }
  const present = (n: string): boolean => node.entries.some((e) => e.key === n) || target.providedElsewhere?.has(n) === true;
  const missing = names.filter((n) => target.properties[n].required && !present(n));
  if (missing.length > 0 && target.checkRequired !== false && !hasConditionalKeys(node)) {
    const message = `${target.label} is missing required ${plural(missing.length, 'property', 'properties')}: ${missing.join(', ')}. Add ${missing.length > 1 ? 'them' : 'it'}.`;
    const data = { missingProperties: missing };
    out.push(target.lenient ? warning(target.anchor, 'W3003', message, data) : error(target.anchor, 'E3003', message, data));
  }
}

/** `anchor`: the property's key, where a nested mapping's missing required properties are reported. */
export function checkValue(
  spec: ResourceTypeSpec,
  name: string,
  property: PropertySpec,
  type: SpecType,
  node: TemplateNode,
  out: Diagnostic[],
  anchor: Range = firstCharacter(node),
  checkRequired = true,
): void {
  if (intrinsicOf(node)) {
    // Whichever way the condition goes, the value CloudFormation receives must be well typed.
    for (const branch of ifBranches(node)) checkValue(spec, name, property, type, branch, out, anchor, checkRequired);
    return;
  }
  // SAM reads an empty value as absent, and a single item where it takes a list.
  const sam = spec.kind === 'sam';
  if (sam && node.kind === 'scalar' && node.value === null) return;
  if (sam && type.kind === 'array' && node.kind !== 'seq') type = type.element;
  switch (type.kind) {
    case 'json':
      // Untyped in SAM's schema, but a range or value set may still apply (SQS BatchSize, …).
      if (node.kind === 'scalar' && node.value !== null && (property.minimum !== undefined || property.maximum !== undefined || property.enum || property.pattern)) {
        checkScalar(name, property, { kind: typeof node.value === 'number' ? 'number' : 'string' }, node, out);
      }
      return;
    case 'union': {
      // The alternative that fits best explains what is wrong (an authorizer: Cognito, token or request).
      let best: Diagnostic[] | undefined;
      for (const alternative of type.types.filter((t) => fitsShape(t, node))) {
        const trial: Diagnostic[] = [];
        checkValue(spec, name, property, alternative, node, trial, anchor, checkRequired);
        if (trial.length === 0) return;
        if (!best || trial.length < best.length) best = trial;
      }
      if (best) out.push(...best);
      else out.push(typeError(name, type, node));
      return;
    }
    case 'array':
      if (node.kind !== 'seq') return void out.push(typeError(name, type, node));
      for (const item of node.items) checkValue(spec, name, property, type.element, item, out, firstCharacter(item), checkRequired);
      return;
    case 'map':
      if (node.kind !== 'map') return void out.push(typeError(name, type, node));
      for (const entry of node.entries) checkValue(spec, name, property, type.element, entry.value, out, entry.keyRange, checkRequired);
      return;
    case 'object': {
      const definition = spec.definitions[type.name];
      if (node.kind !== 'map') return void out.push(typeError(name, type, node));
      if (definition && Object.keys(definition.properties).length > 0) {
        checkMapping({ spec, properties: definition.properties, label: `${name} (${type.name})`, anchor, checkRequired, lenient: spec.kind === 'sam' }, node, out);
      }
      return;
    }
    case 'tag':
      if (node.kind !== 'map') out.push(typeError(name, type, node));
      return;
    default:
      checkScalar(name, property, type, node, out);
  }
}

function checkScalar(name: string, property: PropertySpec, type: SpecType, node: TemplateNode, out: Diagnostic[]): void {
  if (node.kind !== 'scalar' || node.value === null) return void out.push(typeError(name, type, node));
  const value = node.value;
  if (type.kind === 'integer' || type.kind === 'number') {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (Number.isNaN(number) || (type.kind === 'integer' && !Number.isInteger(number))) return void out.push(typeError(name, type, node));
    checkRange(name, property, number, node, out);
  } else if (type.kind === 'boolean') {
    if (typeof value !== 'boolean' && !/^(true|false)$/i.test(String(value))) out.push(typeError(name, type, node));
    return;
  }
  const text = String(value);
  if (property.enum && !property.enum.includes(text)) {
    const suggestions = closest(text, property.enum);
    const listed = property.enum.length <= 12 ? property.enum.join(', ') : `${property.enum.slice(0, 12).join(', ')}, …`;
    out.push(
      error(node.range, 'E3030', `${name} must be one of: ${listed}. Got: ${text}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined),
    );
  } else if (property.pattern && typeof value === 'string' && !new RegExp(property.pattern).test(text)) {
    out.push(error(node.range, 'E3031', `${name} must match the pattern ${property.pattern}. Got: ${text}`));
  }
}

function checkRange(name: string, property: PropertySpec, value: number, node: TemplateNode, out: Diagnostic[]): void {
  const { minimum, maximum } = property;
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    const bounds = minimum !== undefined && maximum !== undefined ? `between ${minimum} and ${maximum}` : minimum !== undefined ? `at least ${minimum}` : `at most ${maximum}`;
    const clamped = Math.min(maximum ?? value, Math.max(minimum ?? value, value));
    out.push(error(node.range, 'E3034', `${name} must be ${bounds}. Got: ${value}`, { replacements: [String(clamped)] }));
  }
}

function typeError(name: string, type: SpecType, node: TemplateNode): Diagnostic {
  return error(node.range, 'E3012', `${name} must be ${article(describeType(type))}, not ${describeNode(node)}.`);
}

/** Whether a node has the right kind (scalar/list/mapping) for a type, ignoring what is inside. */
function fitsShape(type: SpecType, node: TemplateNode): boolean {
  switch (type.kind) {
    case 'array':
      return node.kind === 'seq';
    case 'map':
    case 'object':
    case 'tag':
      return node.kind === 'map';
    case 'union':
      return type.types.some((t) => fitsShape(t, node));
    case 'json':
      return true;
    default:
      return node.kind === 'scalar' && node.value !== null;
  }
}

export function describeNode(node: TemplateNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  if (node.value === null) return 'empty';
  return typeof node.value === 'string' ? `the string '${node.value}'` : `${typeof node.value} ${String(node.value)}`;
}

function article(text: string): string {
  if (text.startsWith('List') || text.startsWith('Map')) return `a ${text}`;
  return /^[AEIOU]/.test(text) ? `an ${text}` : `a ${text}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A mapping that chooses keys with Fn::If cannot be checked for required keys statically. */
function hasConditionalKeys(node: MapNode): boolean {
  return node.entries.some((e) => e.key === 'Fn::If');
}

/** A list item has no key of its own: its first character stands in. */
function firstCharacter(node: TemplateNode): Range {
  return { start: node.range.start, end: { line: node.range.start.line, character: node.range.start.character + 1 } };
}
