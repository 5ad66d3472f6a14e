// A Debug Adapter Protocol client over TCP (debugpy's adapter): Content-Length framing, numbered requests,
// events, and errors that name the command. The DAP relay forwards the client's requests through it.
import { EventEmitter, once } from 'node:events';
import { connect, type Socket } from 'node:net';
import type { DebugProtocol } from '@vscode/debugprotocol';

export class DapRequestError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`${command}: ${message}`);
  }
}

interface Pending {
  command: string;
  resolve: (body: unknown) => void;
  reject: (error: Error) => void;
}

const HEADER_END = '\r\n\r\n';

export class DapConnection {
  private seq = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, Pending>();
  private readonly events = new EventEmitter();
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => this.receive(data));
    socket.on('close', () => this.close('connection closed'));
    socket.on('error', (error) => this.close(error.message));
  }

  static async connect(host: string, port: number): Promise<DapConnection> {
    const socket = connect({ host, port });
    try {
      await once(socket, 'connect');
    } catch (error) {
      throw new Error(`Cannot connect to debugpy at ${host}:${port}`, { cause: error });
    }
    return new DapConnection(socket);
  }

  /** Sends a request; resolves with the response's body, rejects with its message when it failed. */
  request<T = unknown>(command: string, args?: object): Promise<T> {
    if (this.closed) return Promise.reject(new DapRequestError(command, 'debugpy connection closed'));
    const seq = this.seq++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { command, resolve: resolve as (body: unknown) => void, reject });
      this.write({ seq, type: 'request', command, arguments: args });
    });
  }

  /** Every event debugpy sends, in order. */
  onEvent(listener: (event: DebugProtocol.Event) => void): void {
    this.events.on('event', listener);
  }

  /** Resolves with the next event of this name. */
  nextEvent(name: string): Promise<DebugProtocol.Event> {
    return new Promise((resolve) => {
      const listener = (event: DebugProtocol.Event): void => {
        if (event.event !== name) return;
        this.events.off('event', listener);
        resolve(event);
      };
      this.events.on('event', listener);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  dispose(): void {
    this.close('debugpy connection disposed');
    this.socket.destroy();
  }

  private write(message: object): void {
    const json = JSON.stringify(message);
    this.socket.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}${HEADER_END}${json}`);
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.toString('ascii', 0, end))?.[1]);
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.toString('utf8', start, start + length)) as DebugProtocol.ProtocolMessage;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: DebugProtocol.ProtocolMessage): void {
    if (message.type === 'event') {
      this.events.emit('event', message as DebugProtocol.Event);
    } else if (message.type === 'response') {
      const response = message as DebugProtocol.Response;
      const pending = this.pending.get(response.request_seq);
      if (!pending) return;
      this.pending.delete(response.request_seq);
      if (response.success) pending.resolve(response.body);
      else pending.reject(new DapRequestError(pending.command, response.message ?? 'failed'));
    } else if (message.type === 'request') {
      // Reverse requests (runInTerminal, startDebugging) ask for what a Lambda environment never does.
      const request = message as DebugProtocol.Request;
      this.write({ seq: this.seq++, type: 'response', request_seq: request.seq, command: request.command, success: false, message: 'not supported by the lambda debug adapter' });
    }
  }

  private close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new DapRequestError(p.command, reason));
    this.pending.clear();
    this.events.emit('close');
  }
}
