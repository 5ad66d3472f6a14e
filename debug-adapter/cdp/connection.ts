// A Chrome DevTools Protocol client over the inspector's WebSocket: numbered requests, typed events,
// errors that name the CDP method. Used by the session's domain objects (breakpoints, pause state, …).
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';

export class ProtocolError extends Error {
  constructor(
    readonly method: string,
    message: string,
    readonly code?: number,
  ) {
    super(`${method}: ${message}`);
  }
}

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly events = new EventEmitter();
  private closed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => this.close(new Error('inspector connection closed')));
    socket.on('error', (error) => this.close(error));
  }

  /** Opens the inspector WebSocket (`ws://127.0.0.1:PORT/UUID`, as the child printed it). */
  static connect(url: string, signal?: AbortSignal): Promise<CdpConnection> {
    return new Promise((resolve, reject) => {
      // perMessageDeflate off: loopback traffic, and compression costs more than it saves here.
      const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      const abort = () => socket.terminate();
      signal?.addEventListener('abort', abort, { once: true });
      socket.once('open', () => {
        signal?.removeEventListener('abort', abort);
        resolve(new CdpConnection(socket));
      });
      socket.once('error', (error) => reject(new Error(`Cannot connect to the inspector: ${url}`, { cause: error })));
    });
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    if (this.closed) return Promise.reject(new ProtocolError(method, 'inspector connection closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (r: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Subscribes to a CDP event (`Debugger.paused`…); returns the unsubscribe function. */
  on<T>(method: string, listener: (params: T) => void): () => void {
    const wrapped = (params: unknown) => listener(params as T);
    this.events.on(method, wrapped);
    return () => this.events.off(method, wrapped);
  }

  onDidClose(listener: () => void): void {
    this.events.once('close', listener);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  dispose(): void {
    this.close(new Error('inspector connection disposed'));
    this.socket.terminate();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } };
    if (message.id === undefined) {
      if (message.method) this.events.emit(message.method, message.params);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new ProtocolError(pending.method, message.error.message, message.error.code));
    else pending.resolve(message.result);
  }

  private close(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new ProtocolError(p.method, error.message));
    this.pending.clear();
    this.events.emit('close');
  }
}
