// The byte stream under the bootstrap's Runtime API client. Lambda's heap flags (--max-semi-space-size,
// --max-old-space-size) make V8 reject Node's built-in code cache, so node:net and the 20 stream modules it
// loads compile from source: about 10 ms of every cold start, more than the rest of the bootstrap. A libuv
// TCP handle (tcp-handle-socket.ts) carries the same bytes without them, much as aws-lambda-ric 3.x's
// native client avoids node:http. node:net remains the way wherever that handle is not available.
import { connectTcpHandle } from './tcp-handle-socket';

export interface RapidSocket {
  write(data: Buffer): void;
  /** Keeps the event loop alive while a request is out; an idle client must not (beforeExit). */
  ref(): void;
  unref(): void;
}

export interface RapidSocketEvents {
  data(chunk: Buffer): void;
  /** Once, when the connection fails or ends; the socket is unusable afterwards. */
  closed(error: Error): void;
}

export function connectRapidSocket(host: string, port: number, events: RapidSocketEvents): RapidSocket {
  return connectTcpHandle(host, port, events) ?? connectNet(host, port, events);
}

function connectNet(host: string, port: number, events: RapidSocketEvents): RapidSocket {
  // Loaded here, not at the top, so that the bundle compiles node:net only when it is needed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { connect } = require('node:net') as typeof import('node:net');
  const socket = connect({ host, port, noDelay: true });
  let ended = false;
  const end = (error: Error): void => {
    if (ended) return;
    ended = true;
    events.closed(error);
  };
  socket.on('data', events.data);
  socket.on('error', end);
  socket.on('close', () => end(new Error(`Runtime API connection closed: ${host}:${port}`)));
  return {
    write: (data) => void socket.write(data),
    ref: () => void socket.ref(),
    unref: () => void socket.unref(),
  };
}
