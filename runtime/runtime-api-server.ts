// The Lambda Runtime API (2018-06-01) for one execution environment, on 127.0.0.1 and a free port:
// /invocation/next long poll, /response, /error, /init/error, with Lambda's status codes and error bodies.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MAX_PAYLOAD_BYTES } from './errors';

export interface Invocation {
  requestId: string;
  body: Buffer;
  deadlineMs: number;
  functionArn: string;
  traceId?: string;
  clientContext?: string;
  cognitoIdentity?: string;
  tenantId?: string;
}

export interface RuntimeApiListener {
  /** The runtime asked for work: init is done, or the previous invocation has ended. */
  onNext(): void;
  onResult(kind: 'response' | 'error', requestId: string, body: Buffer, headers: IncomingHttpHeaders): void;
  onResponseTooLarge(requestId: string, size: number): void;
  onInitError(body: Buffer, headers: IncomingHttpHeaders): void;
}

/** The runtime states RAPID names in its InvalidStateTransition messages. */
type State = 'Started' | 'InitError' | 'Ready' | 'Running' | 'InvocationResponse' | 'InvocationErrorResponse';

const PREFIX = '/2018-06-01/runtime';

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }).end(text);
}

const stateError = (res: ServerResponse, from: State, to: string): void =>
  sendJson(res, 403, {
    errorMessage: `State transition from ${from} to ${to} failed for runtime. Error: State transition is not allowed`,
    errorType: 'InvalidStateTransition',
  });

/** Reads a body, keeping at most `limit` bytes but counting all of them. */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), size }));
    req.on('error', reject);
  });
}

export class RuntimeApiServer {
  private state: State = 'Started';
  private waiting: ServerResponse | undefined;
  private queued: Invocation | undefined;
  private current: Invocation | undefined;
  /**
   * Each connection's requests are served in order, as Lambda's server does: a /next pipelined behind a
   * /response (sent before the 202) waits until that response is read, instead of finding the invocation running.
   */
  private readonly served = new WeakMap<Socket, Promise<void>>();

  private constructor(
    private readonly server: Server,
    private readonly listener: RuntimeApiListener,
  ) {}

  static start(listener: RuntimeApiListener): Promise<RuntimeApiServer> {
    return new Promise((resolve, reject) => {
      const server = createServer();
      const api = new RuntimeApiServer(server, listener);
      // The runtime reuses one keep-alive connection for as long as it lives.
      server.keepAliveTimeout = 0;
      server.on('request', (req, res) => api.serveInOrder(req, res));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(api));
    });
  }

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `${address}:${port}`;
  }

  /** Hands an invocation to the runtime: now if it is waiting on /next, else on its next /next. */
  deliver(invocation: Invocation): void {
    this.queued = invocation;
    this.flush();
  }

  close(): void {
    this.waiting = undefined;
    this.server.close();
    this.server.closeAllConnections();
  }

  private flush(): void {
    const res = this.waiting;
    const invocation = this.queued;
    if (!res || !invocation) return;
    this.waiting = undefined;
    this.queued = undefined;
    this.current = invocation;
    this.state = 'Running';
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json',
      'Content-Length': invocation.body.length,
      'Lambda-Runtime-Aws-Request-Id': invocation.requestId,
      'Lambda-Runtime-Deadline-Ms': invocation.deadlineMs,
      'Lambda-Runtime-Invoked-Function-Arn': invocation.functionArn,
    };
    // Lambda leaves out empty headers.
    if (invocation.traceId) headers['Lambda-Runtime-Trace-Id'] = invocation.traceId;
    if (invocation.clientContext) headers['Lambda-Runtime-Client-Context'] = invocation.clientContext;
    if (invocation.cognitoIdentity) headers['Lambda-Runtime-Cognito-Identity'] = invocation.cognitoIdentity;
    if (invocation.tenantId) headers['Lambda-Runtime-Aws-Tenant-Id'] = invocation.tenantId;
    res.writeHead(200, headers).end(invocation.body);
  }

  private serveInOrder(req: IncomingMessage, res: ServerResponse): void {
    const earlier = this.served.get(req.socket);
    // A body that breaks off mid-way only ends this connection; the environment sees the runtime's next move.
    const drop = (error: unknown): void => void res.destroy(error as Error);
    const served = earlier ? earlier.then(() => this.route(req, res)) : this.route(req, res);
    this.served.set(req.socket, served.catch(drop));
  }

  /** Settles once the request has moved the runtime's state (a result's body read), not when it is answered. */
  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '';
    if (req.method === 'GET' && url === `${PREFIX}/invocation/next`) return this.next(res);
    const match = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url);
    if (req.method === 'POST' && url === `${PREFIX}/init/error`) return this.initError(req, res);
    if (req.method === 'POST' && match) return this.result(req, res, decodeURIComponent(match[1]), match[2] as 'response' | 'error');
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found\n');
  }

  private next(res: ServerResponse): void {
    if (this.state === 'Running' || this.state === 'InitError') return stateError(res, this.state, 'Ready');
    this.state = 'Ready';
    this.current = undefined;
    this.waiting = res;
    res.on('close', () => {
      if (this.waiting === res) this.waiting = undefined;
    });
    this.listener.onNext();
    this.flush();
  }

  private async initError(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { body } = await readBody(req, MAX_PAYLOAD_BYTES);
    if (this.state !== 'Started') return stateError(res, this.state, 'InitError');
    this.state = 'InitError';
    sendJson(res, 202, { status: 'OK' });
    this.listener.onInitError(body, req.headers);
  }

  private async result(req: IncomingMessage, res: ServerResponse, requestId: string, kind: 'response' | 'error'): Promise<void> {
    const { body, size } = await readBody(req, MAX_PAYLOAD_BYTES);
    if (!this.current || this.current.requestId !== requestId) {
      return sendJson(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    }
    const target = kind === 'response' ? 'InvocationResponse' : 'InvocationErrorResponse';
    if (this.state !== 'Running') return stateError(res, this.state, target);
    this.state = target;
    if (size > MAX_PAYLOAD_BYTES) {
      sendJson(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_PAYLOAD_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
      return this.listener.onResponseTooLarge(requestId, size);
    }
    sendJson(res, 202, { status: 'OK' });
    this.listener.onResult(kind, requestId, body, req.headers);
  }
}
