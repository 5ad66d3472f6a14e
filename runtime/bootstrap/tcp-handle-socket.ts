// A Runtime API connection on a libuv TCP handle, the one node:net wraps (see rapid-socket.ts for why).
// It is reached through process.binding's allow-listed 'tcp_wrap' and 'stream_wrap', and used only where
// that is quiet and possible: an IPv4 Runtime API address, and no --pending-deprecation (under which
// process.binding prints DEP0111 into the function's logs). Anything else returns undefined.
import { getSystemErrorName } from 'node:util';
import type { RapidSocket, RapidSocketEvents } from './rapid-socket';

interface Request {
  oncomplete(status: number): void;
}

interface TcpHandle {
  onread(buffer: ArrayBuffer | undefined): void;
  connect(request: Request, address: string, port: number): number;
  readStart(): number;
  writeBuffer(request: Request, data: Buffer): number;
  setNoDelay(enable: boolean): number;
  ref(): void;
  unref(): void;
  close(): void;
}

interface Bindings {
  TCP: new (type: number) => TcpHandle;
  TCPConnectWrap: new () => Request & Record<string, unknown>;
  WriteWrap: new () => Request & Record<string, unknown>;
  socketType: number;
  /** Filled by each read and write: the byte count (or error) and where the bytes start in the buffer. */
  state: Int32Array;
  readBytesOrError: number;
  arrayBufferOffset: number;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const UV_EOF = -4095;

export function connectTcpHandle(host: string, port: number, events: RapidSocketEvents): RapidSocket | undefined {
  // Anything else node:net refuses with an error the caller can catch; the handle would abort the process.
  const valid = IPV4.test(host) && Number.isInteger(port) && port > 0 && port < 65536;
  const bindings = valid && !pendingDeprecation() ? loadBindings() : undefined;
  if (!bindings) return undefined;
  const handle = new bindings.TCP(bindings.socketType);
  let connected = false;
  let ended = false;
  const queued: Buffer[] = [];

  const end = (error: Error): void => {
    if (ended) return;
    ended = true;
    handle.close();
    events.closed(error);
  };
  const failed = (status: number, syscall: string): boolean => {
    if (status < 0) end(systemError(status, syscall, host, port));
    return status < 0;
  };
  const write = (data: Buffer): void => {
    const request = Object.assign(new bindings.WriteWrap(), { handle, async: false, buffer: data });
    request.oncomplete = (status) => failed(status, 'write');
    failed(handle.writeBuffer(request, data), 'write');
  };

  handle.onread = (buffer) => {
    const read = bindings.state[bindings.readBytesOrError];
    if (read > 0 && buffer) events.data(Buffer.from(buffer, bindings.state[bindings.arrayBufferOffset], read));
    else if (read === UV_EOF) end(new Error(`Runtime API connection closed: ${host}:${port}`));
    else failed(read, 'read');
  };
  const connecting = Object.assign(new bindings.TCPConnectWrap(), { address: host, port });
  connecting.oncomplete = (status) => {
    if (failed(status, 'connect') || failed(handle.readStart(), 'read')) return;
    handle.setNoDelay(true);
    connected = true;
    for (const data of queued.splice(0)) write(data);
  };
  // A refused connection is reported through oncomplete, after the caller holds the socket.
  const status = handle.connect(connecting, host, port);
  if (status < 0) setImmediate(() => failed(status, 'connect'));

  return {
    write: (data) => {
      if (ended) return;
      if (connected) write(data);
      else queued.push(data);
    },
    ref: () => handle.ref(),
    unref: () => handle.unref(),
  };
}

function pendingDeprecation(): boolean {
  const flag = /(^|\s)--pending[-_]deprecation\b/;
  return flag.test(process.execArgv.join(' ')) || flag.test(process.env.NODE_OPTIONS ?? '') || process.env.NODE_PENDING_DEPRECATION === '1';
}

function loadBindings(): Bindings | undefined {
  const binding = (process as unknown as { binding?: (name: string) => Record<string, unknown> }).binding;
  try {
    const tcp = binding?.('tcp_wrap');
    const stream = binding?.('stream_wrap');
    const constants = tcp?.constants as { SOCKET?: number } | undefined;
    const state = stream?.streamBaseState;
    const usable =
      typeof tcp?.TCP === 'function' &&
      typeof tcp.TCPConnectWrap === 'function' &&
      typeof stream?.WriteWrap === 'function' &&
      state instanceof Int32Array &&
      typeof stream.kReadBytesOrError === 'number' &&
      typeof stream.kArrayBufferOffset === 'number';
    if (!usable) return undefined;
    return {
      TCP: tcp.TCP as Bindings['TCP'],
      TCPConnectWrap: tcp.TCPConnectWrap as Bindings['TCPConnectWrap'],
      WriteWrap: stream.WriteWrap as Bindings['WriteWrap'],
      socketType: constants?.SOCKET ?? 0,
      state,
      readBytesOrError: stream.kReadBytesOrError as number,
      arrayBufferOffset: stream.kArrayBufferOffset as number,
    };
  } catch {
    return undefined;
  }
}

function systemError(status: number, syscall: string, host: string, port: number): Error {
  const code = getSystemErrorName(status);
  return Object.assign(new Error(`${syscall} ${code} ${host}:${port}`), { code, errno: status, syscall, address: host, port });
}
