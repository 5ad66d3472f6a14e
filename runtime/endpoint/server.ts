// The local Lambda endpoint: an HTTP server on 127.0.0.1 speaking the Lambda REST API (2015-03-31) and a
// CloudWatch Logs subset (JSON 1.1) as the AWS SDKs and CLI call them. Used by `lambda-workbench start-lambda`.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aliasRoutes } from './aliases';
import type { ApiRequest, Reply, Route, Services } from './api';
import { codeLocationRoutes } from './code-location';
import { CodeStore } from './code-store';
import { concurrencyRoutes } from './concurrency';
import { ApiError, lambdaError } from './errors';
import { functionRoutes } from './functions';
import { invokeRoutes } from './invoke';
import { settle } from './lifecycle';
import { LogStore } from './log-store';
import { LOGS_TARGET_PREFIX, runLogsOperation } from './logs';
import { RuntimeInvoker } from './runtime-invoker';
import { FunctionStore } from './store';
import { seedTemplateFunctions, type TemplateFunction } from './template-functions';
import { versionRoutes } from './versions';

export interface EndpointOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  stateDir: string;
  functions?: TemplateFunction[];
  /** Failures that no request can report (background work, internal errors): where they are logged. */
  onError?(error: unknown): void;
}

/** CreateFunction accepts 50 MB zips, base64 in JSON: Lambda's request limit for it is 69,905,067 bytes. */
const MAX_BODY = 69_905_067;

interface CompiledRoute extends Route {
  pattern: RegExp;
}

const ROUTES: CompiledRoute[] = [...functionRoutes, ...versionRoutes, ...aliasRoutes, ...concurrencyRoutes, ...invokeRoutes, ...codeLocationRoutes].map(
  (route) => ({
    ...route,
    pattern: new RegExp(`^${route.path.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, '(?<$1>[^/]+?)')}/?$`),
  }),
);

export class LambdaEndpoint {
  private readonly pending = new Set<Promise<unknown>>();
  private stopping?: Promise<void>;

  private constructor(
    private readonly server: Server,
    private readonly services: Services,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async start(options: EndpointOptions): Promise<LambdaEndpoint> {
    mkdirSync(options.stateDir, { recursive: true });
    const store = new FunctionStore(options.stateDir);
    const onError = options.onError ?? ((error: unknown) => process.stderr.write(`lambda endpoint: ${String(error)}\n`));
    const logs = new LogStore(options.stateDir, onError);
    await seedTemplateFunctions(options.functions ?? [], store, options.stateDir);
    const server = createServer();
    const services: Services = {
      stateDir: options.stateDir,
      store,
      code: new CodeStore(options.stateDir),
      logs,
      invoker: new RuntimeInvoker(logs, options.stateDir),
      track: (work) => endpoint.track(work),
    };
    const endpoint = new LambdaEndpoint(server, services, onError);
    for (const fn of store.list()) settle(fn, services);
    server.on('request', (req, res) => endpoint.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    return endpoint;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Idempotent: stops accepting requests, finishes background work, stops the function environments. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      await closed;
      await Promise.allSettled([...this.pending]);
      await this.services.invoker.stop();
      await this.services.store.save();
      await this.services.logs.flush();
    })();
    return this.stopping;
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.onError(error)).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const requestId = randomUUID();
    const isLogs = String(req.headers['x-amz-target'] ?? '').startsWith(LOGS_TARGET_PREFIX);
    this.reply(req, isLogs)
      .catch((error: unknown) => {
        if (error instanceof ApiError) return { status: error.status, body: error.body, headers: { ...error.headers, 'x-amzn-errortype': error.code } };
        this.onError(error);
        const internal = lambdaError('ServiceException', `Internal error in the local endpoint: ${error instanceof Error ? error.message : String(error)}`);
        return { status: internal.status, body: internal.body, headers: { 'x-amzn-errortype': internal.code } };
      })
      .then((reply) => send(res, reply, requestId, isLogs ? 'application/x-amz-json-1.1' : 'application/json'))
      .catch((error: unknown) => this.onError(error));
  }

  private async reply(req: IncomingMessage, isLogs: boolean): Promise<Reply> {
    if (!isLoopback(req.socket.remoteAddress)) throw lambdaError('ServiceException', 'The local endpoint only serves loopback clients');
    const refused = fromWebPage(req);
    if (refused) throw lambdaError('AccessDeniedException', `The local endpoint refuses requests from web pages: ${refused}`);
    const body = await readBody(req);
    const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? 'us-east-1';
    if (isLogs) return { status: 200, body: runLogsOperation(String(req.headers['x-amz-target']), body, this.services, region) };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    for (const route of ROUTES) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      const request: ApiRequest = { method, params, query: url.searchParams, headers: req.headers, body, region, baseUrl: this.url };
      return route.handle(request, this.services);
    }
    throw lambdaError('UnknownOperationException', `Unknown operation: ${method} ${url.pathname}`);
  }
}

const isLoopback = (address: string | undefined): boolean => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * A web page can reach a loopback server too, and this one runs code: a cross-site fetch or form sends an
 * Origin header, and a DNS name that rebinds to 127.0.0.1 arrives with its own Host. AWS SDKs and the AWS CLI
 * send no Origin and name the endpoint URL's host, so either sign means a browser.
 */
function fromWebPage(req: IncomingMessage): string | undefined {
  if (req.headers.origin !== undefined) return `Origin ${req.headers.origin}`;
  const host = /^(\[[^\]]*\]|[^:]*)/.exec(req.headers.host ?? '')?.[1].toLowerCase() ?? '';
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? undefined : `Host ${req.headers.host ?? '(none)'}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.destroy();
        reject(lambdaError('RequestTooLargeException', `Request must be smaller than ${MAX_BODY} bytes for the operation`));
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply, requestId: string, contentType: string): void {
  const headers: Record<string, string> = { 'Content-Type': contentType, 'x-amzn-RequestId': requestId, ...reply.headers };
  const data = reply.raw ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body));
  if (data !== undefined && typeof data !== 'string' && !Buffer.isBuffer(data)) {
    res.writeHead(reply.status, headers);
    data.pipe(res);
    return;
  }
  // A string body goes out in one write with the headers (a Buffer would take a writev of two).
  res.writeHead(reply.status, { ...headers, 'Content-Length': String(data === undefined ? 0 : Buffer.byteLength(data)) });
  res.end(data);
}
