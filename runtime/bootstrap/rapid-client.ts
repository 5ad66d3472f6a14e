// The bootstrap's Runtime API client: the four public endpoints of version 2018-06-01, nothing else,
// so that AWS's own aws-lambda-ric can replace this bootstrap unchanged. HTTP/1.1 over one kept-alive
// socket, written out by hand: node:http's client costs more per request than a whole warm invoke should.
import type { IncomingHttpHeaders } from 'node:http';
import { connectRapidSocket, type RapidSocket } from './rapid-socket';

export interface NextInvocation {
  body: string;
  headers: IncomingHttpHeaders;
}

export interface ErrorBody {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

interface Exchange {
  head: string;
  body: Buffer;
  resolve(response: NextInvocation): void;
  reject(error: Error): void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export class RapidClient {
  private socket: RapidSocket | undefined;
  private buffered: Buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private received = 0;
  /** Bytes the response in flight needs in total, once its Content-Length is known (large events). */
  private needed = 0;
  private current: Exchange | undefined;
  private readonly waiting: Exchange[] = [];

  constructor(private readonly runtimeApi: string) {}

  nextInvocation(): Promise<NextInvocation> {
    return this.send('GET', '/runtime/invocation/next', '', {});
  }

  async postResponse(requestId: string, body: string): Promise<void> {
    await this.send('POST', `/runtime/invocation/${requestId}/response`, body, {});
  }

  async postError(requestId: string, error: ErrorBody, xrayCause: string | undefined): Promise<void> {
    const headers: Record<string, string> = xrayCause ? { 'Lambda-Runtime-Function-XRay-Error-Cause': xrayCause } : {};
    await this.send('POST', `/runtime/invocation/${requestId}/error`, JSON.stringify(error), headers);
  }

  async postInitError(error: ErrorBody): Promise<void> {
    await this.send('POST', '/runtime/init/error', JSON.stringify(error), { 'Lambda-Runtime-Function-Error-Type': error.errorType });
  }

  private send(method: string, path: string, body: string, headers: Record<string, string>): Promise<NextInvocation> {
    const payload = Buffer.from(body, 'utf8');
    const lines = [`${method} /2018-06-01${path} HTTP/1.1`, `Host: ${this.runtimeApi}`];
    if (method === 'POST') lines.push('Content-Type: application/json', `Content-Length: ${payload.length}`);
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value.replace(/[\r\n]/g, ' ')}`);
    return new Promise((resolve, reject) => {
      this.waiting.push({ head: `${lines.join('\r\n')}\r\n\r\n`, body: payload, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.waiting.length === 0) return;
    const exchange = (this.current = this.waiting.shift()!);
    let socket: RapidSocket;
    try {
      socket = this.connection();
    } catch (error) {
      // An address node:net refuses outright (no port): this request fails, the next one tries again.
      this.current = undefined;
      exchange.reject(error as Error);
      return this.pump();
    }
    // Referenced only while a request is out, so an idle client never keeps the event loop (beforeExit) waiting.
    socket.ref();
    const head = Buffer.from(exchange.head, 'latin1');
    socket.write(exchange.body.length ? Buffer.concat([head, exchange.body]) : head);
  }

  private connection(): RapidSocket {
    if (this.socket) return this.socket;
    const [host, port] = this.runtimeApi.split(':');
    const socket = connectRapidSocket(host, Number(port), {
      data: (chunk) => {
        this.chunks.push(chunk);
        this.received += chunk.length;
        if (this.received < this.needed) return;
        this.buffered = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [this.buffered];
        this.parse();
      },
      closed: (error) => {
        if (this.socket === socket) this.socket = undefined;
        this.buffered = Buffer.alloc(0);
        this.chunks = [];
        this.received = this.needed = 0;
        const pending = [...(this.current ? [this.current] : []), ...this.waiting.splice(0)];
        this.current = undefined;
        for (const exchange of pending) exchange.reject(error);
      },
    });
    return (this.socket = socket);
  }

  /** Reads one response (Content-Length or chunked body) once it is complete. */
  private parse(): void {
    const end = this.buffered.indexOf(HEADER_END);
    if (end < 0 || !this.current) return;
    const [, ...headerLines] = this.buffered.toString('latin1', 0, end).split('\r\n');
    const headers: IncomingHttpHeaders = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const start = end + HEADER_END.length;
    const chunked = headers['transfer-encoding'] === 'chunked';
    const length = Number(headers['content-length'] ?? 0);
    const body = chunked ? dechunk(this.buffered, start) : fixedLength(this.buffered, start, length);
    if (!body) {
      if (!chunked) this.needed = start + length;
      return;
    }
    this.buffered = this.buffered.subarray(body.next);
    this.chunks = this.buffered.length ? [this.buffered] : [];
    this.received = this.buffered.length;
    this.needed = 0;
    const exchange = this.current;
    this.current = undefined;
    this.socket?.unref();
    exchange.resolve({ body: body.data.toString('utf8'), headers });
    this.pump();
  }
}

function fixedLength(buffer: Buffer, start: number, length: number): { data: Buffer; next: number } | undefined {
  return buffer.length - start >= length ? { data: buffer.subarray(start, start + length), next: start + length } : undefined;
}

function dechunk(buffer: Buffer, start: number): { data: Buffer; next: number } | undefined {
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
    if (size === 0) {
      const trailerEnd = buffer.indexOf(HEADER_END, lineEnd);
      return trailerEnd < 0 ? undefined : { data: Buffer.concat(parts), next: trailerEnd + HEADER_END.length };
    }
    if (buffer.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
