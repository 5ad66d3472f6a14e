// serverless.yml variables resolved at edit time: ${self:}, ${opt:}, ${env:}, ${sls:}, ${param:}, ${file()},
// ${strToBool()}, with fallbacks and nesting. Remote sources (ssm, cf, s3, aws) are "known at deploy time".
// Pure: files come through an injected reader. Used by the server's checks and hover.
import type { Range } from './ranges';
import { closest } from './suggest';
import type { TemplateModel } from './types';
import type { Miss, Reporter, VariableAt, VariableOptions, VariableProblem, VariableValue } from './variable-types';
import { parseVariables, type SourceRef, type VariablePart, type VariableRef } from './variable-syntax';
import { getValue, parseYaml, pathAt, toPlain, type ScalarNode, type TemplateNode } from './yaml';

const REMOTE_SOURCES = new Set(['ssm', 'cf', 's3', 'aws']);
const CODE_FILE = /\.(c|m)?(js|ts)$/;

/** Resolves variables of one model under one set of options; results are memoised per node. */
export class VariableResolver {
  private readonly memo = new Map<TemplateNode, VariableValue>();
  private readonly inProgress = new Set<TemplateNode>();
  private readonly files = new Map<string, TemplateNode | null | 'unreadable'>();
  private problems: VariableProblem[] | undefined;

  constructor(
    readonly model: TemplateModel,
    readonly options: VariableOptions = {},
  ) {}

  /** The value of a node: scalars with variables resolved; maps and sequences as they are. */
  valueOf(node: TemplateNode, file?: string): VariableValue {
    if (node.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.includes('${')) {
      return { state: 'resolved', value: plainOf(node), origin: { file, range: node.range }, node, file };
    }
    const cached = this.memo.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) return { state: 'error', reason: 'Circular reference' };
    this.inProgress.add(node);
    const value = this.resolveString(node.value, file ? undefined : this.mapper(node), file, node);
    this.inProgress.delete(node);
    this.memo.set(node, value);
    return value;
  }

  /** Every problem with the document's variables, each at the exact segment it concerns. */
  getProblems(): VariableProblem[] {
    if (!this.problems) {
      this.problems = [];
      walkScalars(this.model.root, (node) => this.collect(node));
    }
    return this.problems;
  }

  /** The innermost variable at a document offset, resolved (for hover). */
  at(offset: number): VariableAt | undefined {
    const node = pathAt(this.model.root, offset).at(-1)?.node;
    if (node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
    const map = this.mapper(node);
    if (!map) return undefined;
    let found: VariableRef | undefined;
    const visit = (refs: VariableRef[]): void => {
      for (const ref of refs) {
        if (offset < map(ref.start) || offset > map(ref.end)) continue;
        found = ref;
        for (const source of ref.sources) {
          if (source.kind === 'ref') for (const part of [...source.params, ...(source.address ? [source.address] : [])]) visit(part.variables);
        }
      }
    };
    visit(parseVariables(node.value).variables);
    if (!found) return undefined;
    const value = this.resolveRef(found, node.value, undefined, undefined);
    // Maps and lists are materialised only here: lookups walk nodes and never need their plain value.
    if (value.state === 'resolved' && value.node && value.node.kind !== 'scalar') value.value = toPlain(value.node);
    return { range: this.model.lines.rangeOf(map(found.start), map(found.end)), expression: node.value.slice(found.start, found.end), value };
  }

  private collect(node: ScalarNode): void {
    const text = node.value as string;
    const map = this.mapper(node);
    const range = (start: number, end: number): Range =>
      map ? this.model.lines.rangeOf(map(start), map(end)) : node.range;
    const parsed = parseVariables(text);
    for (const error of parsed.errors) {
      this.problems!.push({ code: 'SLS2001', severity: 'error', message: error.message, range: range(error.start, error.end) });
    }
    const report = (problem: Omit<VariableProblem, 'range'> & { start: number; end: number }): void => {
      const { start, end, ...rest } = problem;
      this.problems!.push({ ...rest, range: range(start, end) });
    };
    for (const ref of parsed.variables) this.resolveRef(ref, text, undefined, report);
  }

  private resolveString(text: string, map: ((i: number) => number) | undefined, file: string | undefined, node: TemplateNode): VariableValue {
    const parsed = parseVariables(text);
    if (parsed.errors.length > 0) return { state: 'error', reason: parsed.errors[0].message };
    const { variables } = parsed;
    if (variables.length === 1 && variables[0].start === 0 && variables[0].end === text.length) {
      return this.resolveRef(variables[0], text, file, undefined);
    }
    let result = '';
    let last = 0;
    for (const ref of variables) {
      const value = this.resolveRef(ref, text, file, undefined);
      if (value.state !== 'resolved') return value;
      result += text.slice(last, ref.start) + stringOf(value.value);
      last = ref.end;
    }
    result += text.slice(last);
    return { state: 'resolved', value: result, origin: map ? { range: node.range } : { file, range: node.range } };
  }

  /** Resolves `${a, b, 'c'}`: the first source with a value wins. */
  private resolveRef(ref: VariableRef, text: string, file: string | undefined, report: Reporter | undefined): VariableValue {
    let firstMiss: Miss | undefined;
    for (const source of ref.sources) {
      if (source.kind === 'literal') return { state: 'resolved', value: source.value };
      const result = this.resolveSource(source, text, file, report);
      if ('miss' in result) {
        firstMiss ??= result.miss;
        continue;
      }
      return result;
    }
    if (!firstMiss) return { state: 'error', reason: 'no source' };
    if (firstMiss.soft) return { state: 'unknown', reason: firstMiss.message };
    report?.({ code: firstMiss.code, severity: firstMiss.severity, message: firstMiss.message, start: firstMiss.start, end: firstMiss.end, replacements: firstMiss.replacements });
    return { state: 'error', reason: firstMiss.message };
  }

  private resolveSource(source: SourceRef, text: string, file: string | undefined, report: Reporter | undefined): VariableValue | { miss: Miss } {
    const part = (p: VariablePart | undefined): VariableValue => (p ? this.resolvePart(p, text, file, report) : { state: 'resolved', value: '' });
    const address = part(source.address);
    if (address.state !== 'resolved') return address;
    const key = stringOf(address.value);
    const addressAt = source.address ?? { start: source.end, end: source.end, text: '', variables: [] };
    const miss = (message: string, extra: Partial<Miss> = {}): { miss: Miss } => ({
      miss: { code: 'SLS2002', severity: 'error', message, start: addressAt.start, end: addressAt.start + addressAt.text.length, ...extra },
    });
    switch (source.type) {
      case 'self':
        return this.lookup({ node: this.model.root }, key, source.address, `self:${key}`) ?? miss(`Value not found: self:${key}`);
      case 'opt': {
        const value = key === 'stage' ? (this.options.stage ?? this.options.options?.stage) : this.options.options?.[key];
        return value !== undefined ? { state: 'resolved', value } : miss(`Option not given: --${key}`, { soft: true });
      }
      case 'env': {
        // The environment here says whether a variable is set, never its value: that is read where you deploy,
        // and it may be a secret that a finding or hover would otherwise quote.
        if (this.options.env && this.options.env[key] === undefined) return miss(`Environment variable not set: ${key}`, { severity: 'warning', code: 'SLS2003' });
        return { state: 'unknown', reason: `environment variable ${key}: read when you deploy` };
      }
      case 'sls':
        if (key === 'stage') return this.stage();
        if (key === 'instanceId') return { state: 'unknown', reason: 'a new id each time the framework runs' };
        return miss(`Unknown sls variable: ${key}`, { replacements: ['stage', 'instanceId'] });
      case 'param':
        return this.param(key) ?? miss(`Parameter not found: ${key}`, { code: 'SLS2004' });
      case 'file':
        return this.file(source, key, text, file, report) ?? miss(`Value not found in file: ${key}`);
      case 'strToBool': {
        const value = source.params[0] ? part(source.params[0]) : address;
        if (value.state !== 'resolved') return value;
        return { state: 'resolved', value: ['true', '1'].includes(stringOf(value.value).trim()) };
      }
      default:
        if (REMOTE_SOURCES.has(source.type)) return { state: 'unknown', reason: `${source.type}: fetched from AWS when you deploy` };
        return {
          miss: {
            code: 'SLS2005',
            severity: this.model.root && getValue(this.model.root, 'plugins') ? 'warning' : 'error',
            message: `Unknown variable source: ${source.type}`,
            start: source.start,
            end: source.typeEnd,
            replacements: closest(source.type, ['self', 'opt', 'env', 'sls', 'param', 'file', 'ssm', 'cf', 's3', 'aws', 'strToBool']),
          },
        };
    }
  }

  private resolvePart(part: VariablePart, text: string, file: string | undefined, report: Reporter | undefined): VariableValue {
    if (part.variables.length === 0) return { state: 'resolved', value: part.text };
    let result = '';
    let last = part.start;
    for (const ref of part.variables) {
      const value = this.resolveRef(ref, text, file, report);
      if (value.state !== 'resolved') return value.state === 'error' ? { state: 'unknown', reason: value.reason } : value;
      result += text.slice(last, ref.start) + stringOf(value.value);
      last = ref.end;
    }
    return { state: 'resolved', value: (result + text.slice(last, part.start + part.text.length)).trim() };
  }

  /** Follows a dotted path from a node; undefined when a key is missing (the caller reports it). */
  private lookup(from: { node: TemplateNode | undefined; file?: string }, path: string, part: VariablePart | undefined, label: string): VariableValue | { miss: Miss } | undefined {
    let current: VariableValue = from.node ? this.valueOf(from.node, from.file) : { state: 'resolved', value: undefined };
    const segments = path === '' ? [] : path.split('.');
    let offset = part?.start ?? 0;
    for (const segment of segments) {
      if (current.state !== 'resolved') return current.state === 'error' ? { state: 'unknown', reason: `${label} depends on a value that cannot be resolved` } : current;
      const node: TemplateNode | undefined = current.node;
      const next = node?.kind === 'map' ? getValue(node, segment) : node?.kind === 'seq' ? node.items[Number(segment)] : undefined;
      if (!next || (next.kind === 'scalar' && next.value === null)) {
        if (!node && current.value !== undefined) return { state: 'unknown', reason: `${label}: not known at edit time` };
        const exact = part && part.variables.length === 0;
        const keys = node?.kind === 'map' ? node.entries.map((e) => e.key) : [];
        return {
          miss: {
            code: 'SLS2002',
            severity: 'error',
            message: `Value not found: ${label} (no '${segment}' here${keys.length ? `; keys: ${keys.slice(0, 8).join(', ')}` : ''})`,
            start: exact ? offset : (part?.start ?? 0),
            end: exact ? offset + segment.length : (part?.start ?? 0) + (part?.text.length ?? 0),
            replacements: exact ? closest(segment, keys) : undefined,
          },
        };
      }
      offset += segment.length + 1;
      current = this.valueOf(next, current.file);
    }
    if (current.state === 'error' && current.reason.startsWith('Circular reference')) {
      const start = part?.start ?? 0;
      return { miss: { code: 'SLS2002', severity: 'error', message: `Circular reference: ${label}`, start, end: start + (part?.text.length ?? 0) } };
    }
    return current;
  }

  private stage(): VariableValue {
    if (this.options.stage) return { state: 'resolved', value: this.options.stage };
    const node = getValue(getValue(this.model.root, 'provider'), 'stage');
    if (!node || (node.kind === 'scalar' && node.value === null)) return { state: 'resolved', value: 'dev' };
    const value = this.valueOf(node);
    return value.state === 'error' ? { state: 'unknown', reason: 'provider.stage cannot be resolved' } : value;
  }

  private param(name: string): VariableValue | undefined {
    const params = getValue(this.model.root, 'params');
    const stage = this.stage();
    const fromDashboard = Boolean(getValue(this.model.root, 'org') || getValue(this.model.root, 'app'));
    if (stage.state === 'resolved') {
      const node = getValue(getValue(params, String(stage.value)), name) ?? getValue(getValue(params, 'default'), name);
      if (node) return this.valueOf(node);
      return fromDashboard ? { state: 'unknown', reason: `param ${name}: may come from the Serverless Dashboard` } : undefined;
    }
    const anywhere = params?.kind === 'map' && params.entries.some((e) => getValue(e.value, name));
    return anywhere || fromDashboard ? { state: 'unknown', reason: `param ${name}: depends on the stage` } : undefined;
  }

  private file(source: SourceRef, key: string, text: string, file: string | undefined, report: Reporter | undefined): VariableValue | { miss: Miss } | undefined {
    const param = source.params[0];
    if (!param) return { miss: { code: 'SLS2001', severity: 'error', message: 'file() needs a path', start: source.start, end: source.end } };
    const path = this.resolvePart(param, text, file, report);
    if (path.state !== 'resolved') return path;
    const name = stringOf(path.value);
    if (!this.options.readFile || CODE_FILE.test(name)) return { state: 'unknown', reason: `file(${name}): evaluated when you deploy` };
    if (!this.files.has(name)) {
      const content = this.options.readFile(name);
      this.files.set(name, content === null ? 'unreadable' : content === undefined ? null : (parseYaml(content).root ?? null));
    }
    const root = this.files.get(name);
    if (root === 'unreadable') return { state: 'unknown', reason: `file(${name}): outside the workspace` };
    if (root === null || root === undefined) {
      const exact = param.variables.length === 0;
      return { miss: { code: 'SLS2002', severity: 'error', message: `File not found: ${name}`, start: exact ? param.start : source.start, end: exact ? param.start + param.text.length : source.end } };
    }
    return this.lookup({ node: root, file: name }, key, source.address, `file(${name}):${key}`);
  }

  /** Maps an index in a scalar's value to a document offset, when the source text allows it. */
  private mapper(node: ScalarNode): ((i: number) => number) | undefined {
    const value = String(node.value);
    const raw = this.model.lines.text.slice(node.offsets[0], node.offsets[1]);
    const at = raw === value ? 0 : raw.indexOf(value);
    if (at < 0) return undefined;
    const base = node.offsets[0] + at;
    return (i) => base + i;
  }
}

/** The variable at an offset of a serverless.yml, resolved (hover's entry point). */
export function resolveVariableAt(model: TemplateModel, offset: number, options: VariableOptions = {}): VariableAt | undefined {
  return new VariableResolver(model, options).at(offset);
}

function walkScalars(node: TemplateNode | undefined, visit: (node: ScalarNode) => void): void {
  if (!node) return;
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string' && node.value.includes('${')) visit(node);
  } else if (node.kind === 'seq') {
    for (const item of node.items) walkScalars(item, visit);
  } else {
    for (const entry of node.entries) walkScalars(entry.value, visit);
  }
}

/** A scalar's value; maps and lists stay undefined until asked for (see `at`). */
function plainOf(node: TemplateNode): unknown {
  return node.kind === 'scalar' ? node.value : undefined;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
