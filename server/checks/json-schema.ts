// JSON-schema validation over template nodes, so every problem keeps its source range. Implements the
// keywords the Serverless Framework's schema uses, with Ajv's semantics as the framework configures it
// (coerceTypes 'array', null-valued keys ignored, the `regexp` keyword).
import type { Range } from '../../template-model';
import type { TemplateNode } from '../../template-model';
import { describePattern, display, kindOf, matchesType, patternsOf, regex, sameValue, typesOf, withMerges } from './json-schema-values';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  regexp?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  not?: Schema;
  propertyNames?: Schema;
  dependencies?: Record<string, string[] | Schema>;
  description?: string;
  definitions?: Record<string, Schema>;
  'x-plugin'?: string;
}

/** Where a value sits: its node, and the key it is the value of. */
interface Where {
  node: TemplateNode;
  key?: Range;
}

export type SchemaProblemKind = 'property' | 'type' | 'value' | 'required' | 'pattern' | 'range' | 'size';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  message: string;
  range: Range;
  /** Depth in the document (for choosing the branch of an anyOf that went furthest). */
  depth: number;
  replacements?: string[];
  missingProperties?: string[];
  /** The plugin whose settings these are, when the problem is inside one. */
  plugin?: string;
}

/** A scalar's value for validation; `undefined` = unknown at edit time (a variable): accept anything. */
export type ScalarValue = (node: TemplateNode) => { known: boolean; value: unknown };

export class SchemaValidator {
  constructor(
    private readonly root: Schema,
    private readonly scalarValue: ScalarValue,
    private readonly suggest: (word: string, candidates: string[]) => string[],
    private readonly rangeOf: (node: TemplateNode) => Range = (node) => node.range,
  ) {}

  validate(node: TemplateNode, schema: Schema = this.root): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    this.check(node, schema, { node }, 0, problems, undefined);
    return problems;
  }

  /** Scalars are reported on their value, maps and lists on their key; computed only for a problem. */
  private place(where: Where): Range {
    const { node, key } = where;
    if (key && (node.kind !== 'scalar' || node.offsets[1] <= node.offsets[0])) return key;
    return this.rangeOf(node);
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    while (current.$ref) {
      const target = this.root.definitions?.[current.$ref.replace('#/definitions/', '')];
      if (!target) return {};
      const siblings = Object.keys(current).filter((k) => k !== '$ref' && k !== 'description');
      current = siblings.length ? { ...target, ...Object.fromEntries(siblings.map((k) => [k, current[k as keyof Schema]])) } : target;
    }
    return current;
  }

  private check(node: TemplateNode, raw: Schema, at: Where, depth: number, out: SchemaProblem[], plugin: string | undefined): void {
    const schema = this.resolve(raw);
    plugin = schema['x-plugin'] ?? plugin;
    const push = (p: Omit<SchemaProblem, 'depth' | 'plugin'>): void => void out.push({ ...p, depth, plugin });
    if (schema.anyOf || schema.oneOf) {
      if (!this.checkBranches(node, (schema.anyOf ?? schema.oneOf)!, at, depth, out, plugin)) return;
    }
    for (const part of schema.allOf ?? []) this.check(node, part, at, depth, out, plugin);
    if (schema.not && this.validates(node, schema.not, at, depth, plugin)) push({ kind: 'value', message: 'Value not allowed here', range: this.place(at) });
    let value: unknown;
    if (node.kind === 'scalar') {
      const scalar = this.scalarValue(node);
      if (!scalar.known) return;
      value = scalar.value;
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (types.includes('array') && node.kind !== 'seq' && !types.some((t) => matchesType(node, value, t))) {
        // Ajv's coerceTypes 'array': a single value stands for a one-item list.
        if (schema.items) this.check(node, schema.items, at, depth, out, plugin);
        return;
      }
      if (!types.some((t) => matchesType(node, value, t))) {
        push({ kind: 'type', message: `Incorrect type: expected ${types.join(' or ')}, got ${kindOf(node, value)}`, range: this.place(at) });
        return;
      }
    }
    if (schema.const !== undefined && !sameValue(node, value, schema.const)) {
      push({ kind: 'value', message: `Value not allowed: expected ${JSON.stringify(schema.const)}`, range: this.place(at) });
    }
    if (schema.enum && !schema.enum.some((e) => sameValue(node, value, e))) {
      const allowed = schema.enum.map(String);
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      push({ kind: 'value', message: `Value not allowed: ${display(node, value)} (allowed: ${shown})`, range: this.place(at), replacements: this.suggest(String(value), allowed) });
    }
    if (node.kind === 'scalar') this.checkScalar(value, schema, at, push);
    else if (node.kind === 'seq') this.checkSeq(node, schema, at, depth, out, plugin, push);
    else this.checkMap(node, schema, at, depth, out, plugin, push);
  }

  private checkScalar(value: unknown, schema: Schema, at: Where, push: (p: Omit<SchemaProblem, 'depth' | 'plugin'>) => void): void {
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) && (schema.minimum !== undefined || schema.maximum !== undefined))) {
      const number = Number(value);
      if (schema.minimum !== undefined && number < schema.minimum) push({ kind: 'range', message: `Value out of range: ${number} (minimum ${schema.minimum})`, range: this.place(at) });
      if (schema.maximum !== undefined && number > schema.maximum) push({ kind: 'range', message: `Value out of range: ${number} (maximum ${schema.maximum})`, range: this.place(at) });
    }
    if (value === null || typeof value === 'object') return;
    const text = String(value);
    if (schema.minLength !== undefined && text.length < schema.minLength) push({ kind: 'size', message: `Value too short: at least ${schema.minLength} characters`, range: this.place(at) });
    if (schema.maxLength !== undefined && text.length > schema.maxLength) push({ kind: 'size', message: `Value too long: at most ${schema.maxLength} characters`, range: this.place(at) });
    if (schema.pattern && !regex(schema.pattern).test(text)) push({ kind: 'pattern', message: `Value does not match ${describePattern(schema)}: ${text}`, range: this.place(at) });
    if (schema.regexp && !regex(schema.regexp).test(text)) push({ kind: 'pattern', message: `Value does not match ${describePattern(schema)}: ${text}`, range: this.place(at) });
  }

  private checkSeq(node: Extract<TemplateNode, { kind: 'seq' }>, schema: Schema, at: Where, depth: number, out: SchemaProblem[], plugin: string | undefined, push: (p: Omit<SchemaProblem, 'depth' | 'plugin'>) => void): void {
    if (schema.minItems !== undefined && node.items.length < schema.minItems) push({ kind: 'size', message: `Too few items: at least ${schema.minItems}`, range: this.place(at) });
    if (schema.maxItems !== undefined && node.items.length > schema.maxItems) push({ kind: 'size', message: `Too many items: at most ${schema.maxItems}`, range: this.place(at) });
    if (schema.items) for (const item of node.items) this.check(item, schema.items, { node: item }, depth + 1, out, plugin);
  }

  private checkMap(node: Extract<TemplateNode, { kind: 'map' }>, schema: Schema, at: Where, depth: number, out: SchemaProblem[], plugin: string | undefined, push: (p: Omit<SchemaProblem, 'depth' | 'plugin'>) => void): void {
    // The framework drops null-valued keys before validating.
    const entries = withMerges(node.entries).filter((e) => !(e.value.kind === 'scalar' && e.value.value === null && e.value.tag === undefined));
    const present = schema.required?.length || schema.dependencies ? new Set(entries.map((e) => e.key)) : new Set<string>();
    const missing = (schema.required ?? []).filter((k) => !present.has(k));
    if (missing.length) push({ kind: 'required', message: `Missing required ${missing.length > 1 ? 'properties' : 'property'}: ${missing.join(', ')}`, range: this.place(at), missingProperties: missing });
    if (schema.minProperties !== undefined && entries.length < schema.minProperties) push({ kind: 'size', message: `Too few properties: at least ${schema.minProperties}`, range: this.place(at) });
    if (schema.maxProperties !== undefined && entries.length > schema.maxProperties) push({ kind: 'size', message: `Too many properties: at most ${schema.maxProperties}`, range: this.place(at) });
    for (const [key, dependency] of Object.entries(schema.dependencies ?? {})) {
      if (!present.has(key)) continue;
      if (Array.isArray(dependency)) {
        const absent = dependency.filter((k) => !present.has(k));
        if (absent.length) push({ kind: 'required', message: `Missing property required with ${key}: ${absent.join(', ')}`, range: this.place(at), missingProperties: absent });
      } else this.check(node, dependency, at, depth, out, plugin);
    }
    for (const entry of entries) {
      if (schema.propertyNames) {
        const names: SchemaProblem[] = [];
        const key: TemplateNode = { kind: 'scalar', value: entry.key, range: entry.keyRange, offsets: entry.keyOffsets };
        this.check(key, schema.propertyNames, { node: key }, depth + 1, names, plugin);
        out.push(...names);
      }
      const matched: Schema[] = [];
      const declared = schema.properties?.[entry.key];
      if (declared) matched.push(declared);
      for (const [pattern, sub] of patternsOf(schema)) if (pattern.test(entry.key)) matched.push(sub);
      if (matched.length === 0) {
        if (schema.additionalProperties === false) {
          const known = Object.keys(schema.properties ?? {});
          push({ kind: 'property', message: `Unknown property: ${entry.key}`, range: entry.keyRange, replacements: this.suggest(entry.key, known) });
        } else if (typeof schema.additionalProperties === 'object') matched.push(schema.additionalProperties);
      }
      for (const sub of matched) this.check(entry.value, sub, { node: entry.value, key: entry.keyRange }, depth + 1, out, plugin);
    }
  }

  /** anyOf/oneOf: passes when a branch validates; otherwise reports the branch the author most likely meant. */
  private checkBranches(node: TemplateNode, branches: Schema[], at: Where, depth: number, out: SchemaProblem[], plugin: string | undefined): boolean {
    const results: { schema: Schema; problems: SchemaProblem[] }[] = [];
    const keys = node.kind === 'map' ? new Set(node.entries.map((e) => e.key)) : undefined;
    const discriminated: Schema[] = [];
    for (const branch of branches) {
      const schema = this.resolve(branch);
      // Cheap rejection: an object branch whose required keys are absent (event types are told apart this way).
      if (keys && schema.required?.length && schema.required.some((k) => !keys.has(k))) {
        if (schema.required.length === 1 && schema.additionalProperties === false) discriminated.push(schema);
        continue;
      }
      const problems: SchemaProblem[] = [];
      this.check(node, schema, at, depth, problems, plugin);
      if (problems.length === 0) return true;
      results.push({ schema, problems });
    }
    const typed = results.filter((r) => !r.problems.some((p) => p.kind === 'type' && p.depth === depth));
    if (typed.length === 0 && discriminated.length === 1) {
      // The only object-shaped option: report what is wrong with it (e.g. a missing required key).
      this.check(node, discriminated[0], at, depth, out, plugin);
      return false;
    }
    if (typed.length === 0 && node.kind === 'map' && discriminated.length > 1) {
      const names = discriminated.map((s) => s.required![0]).filter((name) => !name.startsWith('__'));
      const entry = node.entries[0];
      out.push({ kind: 'property', message: `Unknown type: ${entry?.key ?? ''} (expected one of: ${names.join(', ')})`, range: entry?.keyRange ?? this.place(at), depth, replacements: entry ? this.suggest(entry.key, names) : [], plugin });
      return false;
    }
    if (typed.length === 0) {
      const expected = [...new Set(results.flatMap((r) => typesOf(r.schema)))];
      out.push({ kind: 'type', message: `Incorrect type: expected ${expected.join(' or ') || 'another type'}, got ${kindOf(node, node.kind === 'scalar' ? this.scalarValue(node).value : undefined)}`, range: this.place(at), depth, plugin });
      return false;
    }
    const deepest = (r: { problems: SchemaProblem[] }): number => Math.max(...r.problems.map((p) => p.depth));
    typed.sort((a, b) => deepest(b) - deepest(a) || a.problems.length - b.problems.length);
    out.push(...typed[0].problems);
    return false;
  }

  private validates(node: TemplateNode, schema: Schema, at: Where, depth: number, plugin: string | undefined): boolean {
    const problems: SchemaProblem[] = [];
    this.check(node, schema, at, depth, problems, plugin);
    return problems.length === 0;
  }
}
