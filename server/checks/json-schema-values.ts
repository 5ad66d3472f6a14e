// The value-level pieces of JSON-schema validation over template nodes: Ajv-compatible type coercion,
// YAML merge keys, value comparison and display, and the compiled-pattern caches.
import type { MapEntry, TemplateNode } from '../../template-model';
import type { Schema } from './json-schema';

const regexCache = new Map<string, RegExp>();
const patternCache = new WeakMap<Schema, [RegExp, Schema][]>();

export function patternsOf(schema: Schema): [RegExp, Schema][] {
  let patterns = patternCache.get(schema);
  if (!patterns) {
    patterns = Object.entries(schema.patternProperties ?? {}).map(([source, sub]) => [regex(source), sub]);
    patternCache.set(schema, patterns);
  }
  return patterns;
}

/**
 * YAML merge keys (`<<: *defaults`), which the framework's YAML parser applies: the merged entries count
 * as the map's own, its explicit keys win.
 */
export function withMerges(entries: MapEntry[]): MapEntry[] {
  if (!entries.some((e) => e.key === '<<')) return entries;
  const own = entries.filter((e) => e.key !== '<<');
  const keys = new Set(own.map((e) => e.key));
  const merged: MapEntry[] = [];
  for (const entry of entries) {
    if (entry.key !== '<<') continue;
    const sources = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
    for (const source of sources) {
      if (source.kind !== 'map') continue;
      for (const inherited of source.entries) {
        if (keys.has(inherited.key)) continue;
        keys.add(inherited.key);
        merged.push({ ...inherited, keyRange: entry.keyRange, keyOffsets: entry.keyOffsets });
      }
    }
  }
  return [...own, ...merged];
}

export function matchesType(node: TemplateNode, value: unknown, type: string): boolean {
  if (node.kind === 'map') return type === 'object';
  if (node.kind === 'seq') return type === 'array';
  switch (type) {
    case 'string':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    case 'number':
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'boolean' ? 1 : NaN;
      return Number.isFinite(number) && (type === 'number' || Number.isInteger(number));
    }
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false' || value === 0 || value === 1;
    case 'null':
      return value === null || value === '' || value === 0 || value === false;
    default:
      return false;
  }
}

export function sameValue(node: TemplateNode, value: unknown, expected: unknown): boolean {
  if (node.kind !== 'scalar') return false;
  return value === expected || (typeof expected !== 'object' && String(value) === String(expected));
}

export function kindOf(node: TemplateNode, value: unknown): string {
  if (node.kind === 'map') return 'object';
  if (node.kind === 'seq') return 'array';
  return value === null ? 'null' : typeof value;
}

export function display(node: TemplateNode, value: unknown): string {
  return node.kind === 'scalar' ? String(value) : kindOf(node, value);
}

export function typesOf(schema: Schema): string[] {
  if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.enum || schema.const !== undefined) return ['one of the allowed values'];
  return (schema.anyOf ?? []).flatMap((s) => (s.type ? [String(s.type)] : []));
}

export function describePattern(schema: Schema): string {
  return schema.description ? `the expected format (${schema.description})` : `the pattern ${schema.pattern ?? schema.regexp}`;
}

export function regex(source: string): RegExp {
  let cached = regexCache.get(source);
  if (!cached) {
    const literal = /^\/(.*)\/([gimuy]*)$/s.exec(source);
    const [pattern, flags] = literal ? [literal[1], literal[2]] : [source, ''];
    try {
      cached = new RegExp(pattern, `${flags}u`);
    } catch {
      cached = new RegExp(pattern, flags);
    }
    regexCache.set(source, cached);
  }
  return cached;
}
