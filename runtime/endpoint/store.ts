// The endpoint's state: functions with their versions and aliases, kept in memory and persisted to
// <state>/state.json after every change (temp file + rename, writes queued so the file is never torn).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiRequest, Services } from './api';
import { writeAtomically } from './code-store';
import { ApiError, invalidParameter, notFound, revisionMismatch } from './errors';
import { functionArn, type AliasRecord, type FunctionRecord, type VersionRecord } from './model';

interface StateFile {
  functions: FunctionRecord[];
}

/** A function reference as the API takes it: name, `name:qualifier`, full or partial ARN. */
export interface FunctionRef {
  name: string;
  qualifier?: string;
}

const ARN = /^(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:)?(?:\d{12}:)?(?:function:)?([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;

export function parseFunctionRef(raw: string, qualifier?: string): FunctionRef {
  const match = ARN.exec(raw);
  if (!match) {
    throw new ApiError('ValidationException', 400, {
      message: `1 validation error detected: Value '${raw}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
    });
  }
  const [, name, derived] = match;
  if (derived && qualifier && derived !== qualifier) {
    throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
  }
  return { name, qualifier: derived ?? qualifier };
}

/** The function a request's {FunctionName} (and Qualifier) names. */
export function functionOf(req: ApiRequest, services: Services): { ref: FunctionRef; fn: FunctionRecord } {
  const ref = parseFunctionRef(req.params.FunctionName, req.query.get('Qualifier') ?? undefined);
  return { ref, fn: services.store.get(ref, req.region) };
}

export const newRevisionId = (): string => randomUUID();

export class FunctionStore {
  private readonly functions = new Map<string, FunctionRecord>();
  private readonly path: string;
  private saving: Promise<void> = Promise.resolve();

  constructor(stateDir: string) {
    this.path = join(stateDir, 'state.json');
    if (existsSync(this.path)) {
      const state = JSON.parse(readFileSync(this.path, 'utf8')) as StateFile;
      for (const fn of state.functions) this.functions.set(fn.name, fn);
    }
  }

  list(): FunctionRecord[] {
    return [...this.functions.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  find(name: string): FunctionRecord | undefined {
    return this.functions.get(name);
  }

  get(ref: FunctionRef, region: string): FunctionRecord {
    const fn = this.functions.get(ref.name);
    if (!fn) throw notFound('Function', functionArn(region, ref.name));
    return fn;
  }

  put(fn: FunctionRecord): void {
    this.functions.set(fn.name, fn);
  }

  delete(name: string): void {
    this.functions.delete(name);
  }

  /** Resolves once the current state is on disk; callers await it before answering. */
  save(): Promise<void> {
    const snapshot = JSON.stringify({ functions: [...this.functions.values()] } satisfies StateFile, null, 1);
    this.saving = this.saving.then(() => writeAtomically(this.path, snapshot));
    return this.saving;
  }
}

/** The version a qualifier names: `$LATEST`, a version number, or an alias (its primary version). */
export function resolveVersion(fn: FunctionRecord, qualifier: string | undefined, region: string): VersionRecord {
  if (qualifier === undefined || qualifier === '$LATEST') return fn.latest;
  const alias = fn.aliases.find((a) => a.name === qualifier);
  const version = findVersion(fn, alias ? alias.functionVersion : qualifier);
  if (!version) throw notFound('Function', functionArn(region, fn.name, qualifier));
  return version;
}

export const findVersion = (fn: FunctionRecord, version: string): VersionRecord | undefined =>
  version === '$LATEST' ? fn.latest : fn.versions.find((v) => v.version === version);

export function findAlias(fn: FunctionRecord, name: string, region: string): AliasRecord {
  const alias = fn.aliases.find((a) => a.name === name);
  if (!alias) throw notFound('Alias', functionArn(region, fn.name, name));
  return alias;
}

/** Optimistic locking: a given RevisionId must be the current one. */
export function checkRevision(given: unknown, current: string): void {
  if (given !== undefined && given !== null && given !== current) throw revisionMismatch();
}
