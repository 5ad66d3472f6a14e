// What one sample event type is (source, type, parameters with defaults and kinds, a typed generator)
// and how string parameters are checked and turned into the values generators read.
import { randomUUID } from 'node:crypto';

/** How a parameter's text is checked: SAM CLI takes every option as text, we say which must be numbers. */
export type ParamKind = 'string' | 'integer' | 'base64' | 'json' | 'json-object' | 'region' | 'account-id' | 'time' | 'http-method';

export interface ParamSpec {
  default: string;
  help: string;
  kind?: ParamKind;
}

export type ParamSpecs = Record<string, ParamSpec>;

/** What a generator reads: checked parameter values plus the clock and id source of this generation. */
export interface GenerateContext {
  /** Checked parameter text by name (every declared parameter is present). */
  param(name: string): string;
  integer(name: string): number;
  json(name: string): unknown;
  /** A `json-object` parameter's value. */
  object(name: string): Record<string, unknown>;
  /** A `json-object` parameter's values as text, as services deliver string maps. */
  strings(name: string): Record<string, string>;
  /** `--time` when the type declares it and it is not `now`, else the current time. */
  now: Date;
  uuid(): string;
}

export interface EventDefinition<E> {
  help: string;
  params: ParamSpecs;
  generate(ctx: GenerateContext): E;
}

/** Declares a generator with its event type, so the typed API returns e.g. `S3Event`, not `unknown`. */
export function defineEvent<E>(definition: EventDefinition<E>): EventDefinition<E> {
  return definition;
}

/** A parameter value that its kind rejects, or a parameter the type does not have. */
export class EventParameterError extends Error {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

/** A source or type the catalog does not have; `valid` lists what it does have. */
export class UnknownSampleEventError extends Error {
  constructor(
    message: string,
    readonly valid: string[],
  ) {
    super(message);
  }
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function check(name: string, kind: ParamKind, text: string): void {
  const fail = (expected: string): never => {
    throw new EventParameterError(`--${name} must be ${expected}: ${text}`, name);
  };
  switch (kind) {
    case 'integer':
      if (!/^-?\d+$/.test(text)) fail('an integer');
      break;
    case 'base64':
      if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) fail('base64 (encode the record data first)');
      break;
    case 'json':
    case 'json-object': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        fail(kind === 'json' ? 'JSON' : 'a JSON object');
      }
      if (kind === 'json-object' && (value === null || typeof value !== 'object' || Array.isArray(value))) fail('a JSON object');
      break;
    }
    case 'region':
      if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)) fail('an AWS region like us-east-1');
      break;
    case 'account-id':
      if (!/^\d{12}$/.test(text)) fail('a 12-digit AWS account id');
      break;
    case 'time':
      if (text !== 'now' && Number.isNaN(Date.parse(text))) fail('an ISO 8601 time like 2024-01-31T12:00:00Z');
      break;
    case 'http-method':
      if (!HTTP_METHODS.includes(text.toUpperCase())) fail(`one of ${HTTP_METHODS.join(', ')}`);
      break;
    case 'string':
      break;
  }
}

/** Checks `given` against `specs` (unknown names, bad values) and returns the context a generator reads. */
export function makeContext(specs: ParamSpecs, given: Record<string, string> = {}): GenerateContext {
  const unknown = Object.keys(given).filter((name) => !Object.hasOwn(specs, name));
  if (unknown.length > 0) {
    const names = Object.keys(specs).map((n) => `--${n}`);
    throw new EventParameterError(
      `Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.map((n) => `--${n}`).join(', ')} (valid: ${names.join(', ') || 'none'})`,
      unknown[0],
    );
  }
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const text = Object.hasOwn(given, name) ? given[name] : spec.default;
    check(name, spec.kind ?? 'string', text);
    values[name] = text;
  }
  return {
    param: (name) => {
      const value = values[name];
      if (value === undefined) throw new Error(`Generator reads an undeclared parameter: ${name}`);
      return value;
    },
    integer: (name) => Number.parseInt(values[name] ?? '', 10),
    json: (name) => JSON.parse(values[name] ?? 'null') as unknown,
    object: (name) => JSON.parse(values[name] ?? '{}') as Record<string, unknown>,
    strings: (name) =>
      Object.fromEntries(Object.entries(JSON.parse(values[name] ?? '{}') as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
    now: values.time && values.time !== 'now' ? new Date(values.time) : new Date(),
    uuid: randomUUID,
  };
}

/** A function that has no (matching, supported) trigger to build a template-aware event from. */
export class TemplateEventError extends Error {
  constructor(
    message: string,
    readonly available: string[],
  ) {
    super(message);
  }
}
