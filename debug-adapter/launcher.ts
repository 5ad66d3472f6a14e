// What the session needs from whatever runs the function under a debugger. A launcher starts one
// execution environment with its debugger listening: Node's inspector (CDP) or Python's debugpy (DAP);
// the session picks the backend (backends.ts) by the debugger's protocol.
import type { ResolvedLaunch } from './launch-config';

/** One line the function or the runtime printed (Lambda format, START/END/REPORT included). */
export interface LogLine {
  stream: 'stdout' | 'stderr';
  line: string;
}

export interface InvokeOutcome {
  requestId: string;
  /** The function's response, or Lambda's error payload when `functionError` is set (JSON text). */
  payload: string;
  functionError?: string;
}

/** debugpy's adapter (DAP over TCP). */
export interface DapEndpoint {
  host: string;
  port: number;
  /** Files and folders of the runtime (the bootstrap): never shown in stacks or stepped into. */
  hidden: string[];
}

/** Where the environment's debugger listens, waiting for a client before any user code runs. */
export type DebuggerEndpoint =
  /** The inspector's WebSocket URL (`ws://127.0.0.1:PORT/UUID`). */
  | { protocol: 'cdp'; url: string }
  | ({ protocol: 'dap' } & DapEndpoint);

export interface Debuggee {
  readonly debugger: DebuggerEndpoint;
  /** Folders holding the function's code (Lambda's task root). Code elsewhere is the runtime's. */
  readonly userRoots: string[];
  invoke(event: unknown): Promise<InvokeOutcome>;
  /** While the debugger holds the function, Lambda's timeout clock is stopped. */
  suspendTimeout(): void;
  resumeTimeout(): void;
  /** Idempotent: stops the environment and its process tree. */
  stop(): Promise<void>;
  /** Fires when the environment's process ends on its own (crash, process.exit). */
  onDidExit(listener: (description: string) => void): void;
}

export interface Launcher {
  launch(launch: ResolvedLaunch, onLog: (log: LogLine) => void): Promise<Debuggee>;
}
