// resolveFunction(): the FunctionConfig a local runtime needs, from a function in the model.
// Values the template cannot give locally (`!Ref` of a resource, `${ssm:…}`) become marked placeholders,
// listed in `unresolved` so callers can say so and an env file can override them.
import type { FunctionModel, Located, TemplateModel } from './types';
import type { VariableOptions } from './variable-types';
import { VariableResolver } from './variables';

export interface FunctionConfig {
  /** The template's name for the function: logical ID or serverless.yml function key. */
  id: string;
  /** The deployed name: `FunctionName`/`name`, else `service-stage-function` or the logical ID. */
  functionName: string;
  handler: string;
  runtime: string;
  /** Code directory relative to the template's folder, POSIX separators ('.' for the service root). */
  codeDir: string;
  inlineCode?: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  logFormat: 'Text' | 'JSON';
  architecture: 'x86_64' | 'arm64';
  region: string;
  reservedConcurrency?: number;
  /** Settings that hold a value only AWS knows (placeholder used instead). */
  unresolved: { setting: string; expression: string }[];
}

export interface ResolveOptions {
  /** serverless.yml stage (`--stage`); default: provider.stage, else `dev`. */
  stage?: string;
  /** Default region when the template sets none. */
  region?: string;
  /** serverless.yml: environment for `${env:NAME}` (without it such values stay unresolved). */
  env?: VariableOptions['env'];
  /** serverless.yml: reads `${file(path)}` files (injected: the model does no I/O). */
  readFile?: VariableOptions['readFile'];
}

/** Lambda's own defaults (CloudFormation/SAM) and the Serverless Framework's. */
const DEFAULTS = {
  cfn: { memorySize: 128, timeout: 3 },
  serverless: { memorySize: 1024, timeout: 6 },
} as const;

export class FunctionNotFoundError extends Error {
  constructor(
    readonly functionId: string,
    readonly available: string[],
  ) {
    super(`Function not found: ${functionId} (template has: ${available.join(', ') || 'no functions'})`);
  }
}

export function findFunction(model: TemplateModel, id: string): FunctionModel | undefined {
  return (
    model.functions.find((f) => f.id === id) ??
    model.functions.find((f) => f.name?.value === id) ??
    model.functions.find((f) => f.kind === 'serverless' && serverlessName(model, f, {}) === id)
  );
}

export function resolveFunction(model: TemplateModel, id: string, options: ResolveOptions = {}): FunctionConfig {
  const fn = findFunction(model, id);
  if (!fn) throw new FunctionNotFoundError(id, model.functions.map((f) => f.id));
  const unresolved: FunctionConfig['unresolved'] = [];
  // serverless.yml values such as `${self:service}-${sls:stage}` are resolved as the framework would.
  const variables = fn.kind === 'serverless' ? new VariableResolver(model, { stage: options.stage, env: options.env, readFile: options.readFile }) : undefined;
  const text = (setting: string, located: Located<unknown> | undefined): string | undefined => {
    if (located === undefined || located.value === null) return undefined;
    if (variables && typeof located.value === 'string' && located.value.includes('${')) {
      const resolved = variables.valueOf(located.node);
      if (resolved.state === 'resolved' && resolved.value !== null && typeof resolved.value !== 'object') return String(resolved.value);
      unresolved.push({ setting, expression: located.value });
      return `<unresolved: ${located.value}>`;
    }
    if (typeof located.value === 'object') {
      const parameter = parameterDefault(model, located.value);
      if (parameter !== undefined) return parameter;
      const expression = describeIntrinsic(located.value);
      unresolved.push({ setting, expression });
      return `<unresolved: ${expression}>`;
    }
    return String(located.value);
  };
  const number = (setting: string, located: Located<unknown> | undefined, fallback: number): number => {
    const value = text(setting, located);
    const parsed = value === undefined ? NaN : Number(value);
    return Number.isFinite(parsed) ? parsed : fallback;
  };
  const defaults = fn.kind === 'serverless' ? DEFAULTS.serverless : DEFAULTS.cfn;
  const environment: Record<string, string> = {};
  for (const [key, located] of Object.entries(fn.environment)) {
    environment[key] = text(`Environment.${key}`, located) ?? '';
  }
  const provider = model.serverless?.provider;
  const region =
    (fn.kind === 'serverless' ? stringAt(provider, 'region') : undefined) ?? options.region ?? 'us-east-1';
  const reserved = fn.reservedConcurrency ? number('ReservedConcurrentExecutions', fn.reservedConcurrency, -1) : -1;
  return {
    id: fn.id,
    functionName:
      text('FunctionName', fn.name) ?? (fn.kind === 'serverless' ? serverlessName(model, fn, { ...options, stage: options.stage ?? resolvedStage(model, variables) }) : fn.id),
    handler: text('Handler', fn.handler) ?? '',
    runtime: text('Runtime', fn.runtime) ?? '',
    codeDir: normaliseDir(fn.kind === 'serverless' ? '.' : (text('CodeUri', fn.codeUri) ?? '.')),
    inlineCode: text('InlineCode', fn.inlineCode),
    memorySize: number('MemorySize', fn.memorySize, defaults.memorySize),
    timeout: number('Timeout', fn.timeout, defaults.timeout),
    environment,
    logFormat: text('LogFormat', fn.logFormat) === 'JSON' ? 'JSON' : 'Text',
    architecture: text('Architectures', fn.architecture) === 'arm64' ? 'arm64' : 'x86_64',
    region,
    reservedConcurrency: reserved >= 0 ? reserved : undefined,
    unresolved,
  };
}

/** `!Ref Stage` where the template declares `Parameters: Stage: Default: dev` → `dev`, as a deploy without overrides would. */
function parameterDefault(model: TemplateModel, value: unknown): string | undefined {
  const name = (value as { Ref?: unknown } | null)?.Ref;
  if (typeof name !== 'string') return undefined;
  const parameter = model.parameters.find((p) => p.name === name)?.node;
  const entry = parameter?.kind === 'map' ? parameter.entries.find((e) => e.key === 'Default') : undefined;
  return entry?.value.kind === 'scalar' && entry.value.value !== null ? String(entry.value.value) : undefined;
}

/** provider.stage through its variables (`${opt:stage, 'dev'}` → `dev`). */
function resolvedStage(model: TemplateModel, variables: VariableResolver | undefined): string | undefined {
  const node = model.serverless?.provider?.entries.find((e) => e.key === 'stage')?.value;
  const value = node && variables?.valueOf(node);
  return value?.state === 'resolved' && typeof value.value === 'string' ? value.value : undefined;
}

function serverlessName(model: TemplateModel, fn: FunctionModel, options: ResolveOptions): string {
  const service = model.serverless?.service?.value;
  const serviceName = typeof service === 'string' ? service : 'service';
  const stage = options.stage ?? stringAt(model.serverless?.provider, 'stage') ?? 'dev';
  return `${serviceName}-${stage}-${fn.id}`;
}

function stringAt(node: TemplateModel['root'], key: string): string | undefined {
  const entry = node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
  const value = entry?.value.kind === 'scalar' ? entry.value.value : undefined;
  return typeof value === 'string' && !value.includes('${') ? value : undefined;
}

function normaliseDir(dir: string): string {
  const posix = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return posix === '' ? '.' : posix;
}

/** `{ Ref: "Table" }` → `!Ref Table`; `{ "Fn::GetAtt": ["T", "Arn"] }` → `!GetAtt T.Arn`. */
export function describeIntrinsic(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const [key, arg] = Object.entries(value)[0] ?? [];
    if (key) {
      const name = key === 'Ref' || key === 'Condition' ? key : key.replace(/^Fn::/, '');
      const shown = Array.isArray(arg) && name === 'GetAtt' ? arg.join('.') : JSON.stringify(arg);
      return `!${name} ${typeof arg === 'string' ? arg : shown}`;
    }
  }
  return JSON.stringify(value);
}
