// The shape every API handler shares: the parsed request, the reply, the services a handler may use,
// and the route table entry. server.ts dispatches; one file per API area supplies routes.
import type { IncomingHttpHeaders } from 'node:http';
import type { CodeStore } from './code-store';
import { lambdaError } from './errors';
import type { Invoker } from './invoker';
import type { LogStore } from './log-store';
import type { FunctionStore } from './store';

export interface ApiRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The region the caller signed for (SigV4 credential scope), else us-east-1. */
  region: string;
  /** http://127.0.0.1:PORT — for URLs the endpoint hands out (Code.Location). */
  baseUrl: string;
}

export interface Reply {
  status: number;
  /** A JSON value, encoded on the way out. */
  body?: unknown;
  /** Sent as is instead of `body`: Invoke's payload (text), code downloads. */
  raw?: string | Buffer | NodeJS.ReadableStream;
  headers?: Record<string, string>;
}

export interface Services {
  stateDir: string;
  store: FunctionStore;
  code: CodeStore;
  logs: LogStore;
  invoker: Invoker;
  /** Work that outlives a request (unpacking code, Event invocations); stop() waits for it. */
  track(work: Promise<unknown>): void;
}

export interface Route {
  method: string;
  /** Path with `{Name}` segments, as in the service model. */
  path: string;
  handle(req: ApiRequest, services: Services): Promise<Reply>;
}

/** Lambda's REST bodies are JSON objects; anything else is InvalidRequestContentException. */
export function jsonBody(req: ApiRequest): Record<string, unknown> {
  if (req.body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(req.body.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (cause) {
    throw Object.assign(lambdaError('InvalidRequestContentException', `Could not parse request body into json: ${(cause as Error).message}`), { cause });
  }
  throw lambdaError('InvalidRequestContentException', 'Could not parse request body into json: expected an object');
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

/** ListX pagination: Marker is the index to resume at, MaxItems caps the page (AWS max 10,000; default 50). */
export function page<T>(items: T[], query: URLSearchParams): { items: T[]; next?: string } {
  const start = Number(query.get('Marker') ?? 0) || 0;
  const max = Math.min(Number(query.get('MaxItems') ?? 50) || 50, 10000);
  const slice = items.slice(start, start + max);
  return { items: slice, next: start + max < items.length ? String(start + max) : undefined };
}
