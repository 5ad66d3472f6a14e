// HTTP request pieces shared by API Gateway (v1, v2), ALB and function URL events: route templates and
// their path parameters, query strings, headers, and the parameters those event types take.
import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { SOURCE_IP, USER_AGENT } from './aws';
import type { GenerateContext, ParamSpecs } from './definition';
import { clfTime } from './encoding';

export const httpParams = (defaults: { method: string; path: string; body: string }): ParamSpecs => ({
  method: { default: defaults.method, help: 'HTTP method', kind: 'http-method' },
  path: { default: defaults.path, help: 'request path (route parameters are read from it)' },
  query: { default: '', help: 'query string without "?", e.g. size=small&tag=a&tag=b' },
  body: { default: defaults.body, help: 'request body text' },
  headers: { default: '{}', help: 'extra request headers as a JSON object', kind: 'json-object' },
});

export interface HttpRequest {
  method: string;
  path: string;
  rawQuery: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: string;
  sourceIp: string;
}

/** Reads the HTTP parameters; `host` is the Host header the service would have received. */
export function readHttpRequest(ctx: GenerateContext, host: string): HttpRequest {
  const headers: Record<string, string> = {
    accept: '*/*',
    host,
    'user-agent': USER_AGENT,
    'x-forwarded-for': SOURCE_IP,
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
  // The load balancer or API adds an X-Ray trace header whose first part is the request time in hex seconds.
  headers['x-amzn-trace-id'] = `Root=1-${Math.floor(ctx.now.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
  const body = ctx.param('body');
  if (body) {
    headers['content-type'] = body.trimStart().startsWith('{') ? 'application/json' : 'text/plain';
    headers['content-length'] = String(Buffer.byteLength(body, 'utf8'));
  }
  for (const [name, value] of Object.entries(ctx.strings('headers'))) headers[name.toLowerCase()] = value;
  const rawQuery = ctx.param('query').replace(/^\?/, '');
  const query: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(rawQuery)) (query[name] ??= []).push(value);
  const path = ctx.param('path');
  return {
    method: ctx.param('method').toUpperCase(),
    path: path.startsWith('/') ? path : `/${path}`,
    rawQuery,
    query,
    headers,
    body,
    sourceIp: SOURCE_IP,
  };
}

/** Single-value view of multi-value pairs: the last value wins, as API Gateway and ALB do. */
export function lastValues(multi: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(multi).map(([name, values]) => [name, values[values.length - 1]]));
}

export function multiValues(single: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(single).map(([name, value]) => [name, [value]]));
}

/**
 * Path parameters of `path` under a route template (`/photos/{id}`, `/{proxy+}`), or undefined when the
 * path does not match the template.
 */
export function matchRoute(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}+]+)(\+?)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${pattern}/?$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
}

/** A concrete path for a route template: each `{name}` becomes a sample value (`{id}` → `id-1`). */
export function fillRoute(template: string): string {
  return template.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => `${name}-1`);
}

/** True when the route template has `{…}` segments. */
export const hasRouteParameters = (template: string): boolean => /\{[^}]+\}/.test(template);

/** Payload format 2.0 (HTTP APIs and function URLs): cookies leave the headers, repeated query values join with commas. */
export function payloadV2(
  request: HttpRequest,
  now: Date,
  route: { accountId: string; apiId: string; routeKey: string; stage: string; requestId: string; pathParameters?: Record<string, string> },
): APIGatewayProxyEventV2 {
  const { cookie, ...headers } = request.headers;
  const query = Object.fromEntries(Object.entries(request.query).map(([name, values]) => [name, values.join(',')]));
  const { pathParameters } = route;
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: request.path,
    rawQueryString: request.rawQuery,
    ...(cookie ? { cookies: cookie.split(/;\s*/) } : {}),
    headers,
    ...(request.rawQuery ? { queryStringParameters: query } : {}),
    ...(pathParameters && Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: route.accountId,
      apiId: route.apiId,
      domainName: request.headers.host,
      domainPrefix: route.apiId,
      http: { method: request.method, path: request.path, protocol: 'HTTP/1.1', sourceIp: request.sourceIp, userAgent: USER_AGENT },
      requestId: route.requestId,
      routeKey: route.routeKey,
      stage: route.stage,
      time: clfTime(now),
      timeEpoch: now.getTime(),
    },
    ...(request.body ? { body: request.body } : {}),
    isBase64Encoded: false,
  };
}
