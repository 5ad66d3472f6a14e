// The seam between the `lambda` session and a runtime family's debugger: DAP requests in, DAP bodies out,
// in the client's line/column numbering. Node: cdp-backend.ts (the inspector, translated). Python:
// dap-relay.ts (debugpy, relayed). The session owns the Lambda side: launch, invoke, timeout, output.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Debuggee } from './launcher';
import type { ResolvedLaunch } from './launch-config';

export interface BackendListener {
  /** The function paused: the session stops the Lambda clock and tells the client. */
  onDidStop(body: DebugProtocol.StoppedEvent['body']): void;
  /** The function runs again: the Lambda clock restarts. */
  onDidContinue(): void;
  /** Any other event for the client (breakpoint changed, thread, output from the debugger). */
  onEvent(event: DebugProtocol.Event): void;
  /** A note for the Debug Console. */
  warn(message: string): void;
}

/** Converts the client's 1- or 0-based lines and columns (its initialize arguments) to 0-based and back. */
export interface ClientLines {
  lineToClient(line: number): number;
  columnToClient(column: number): number;
  lineFromClient(line: number): number;
  columnFromClient(column: number): number;
}

export interface BackendContext {
  launch: ResolvedLaunch;
  /** The client's initialize arguments, for a backend that speaks DAP to its debugger too. */
  client: DebugProtocol.InitializeRequestArguments;
  lines: ClientLines;
  listener: BackendListener;
}

export type StepKind = 'next' | 'stepIn' | 'stepOut';

/** One debugged execution environment; created on launch, stopped with the session. */
export interface DebugBackend {
  readonly debuggee: Debuggee;
  /** After configurationDone: lets the environment run its init phase up to the first invocation. */
  start(): Promise<void>;
  /** Idempotent: disconnects and stops the environment. */
  stop(): Promise<void>;
  setBreakpoints(args: DebugProtocol.SetBreakpointsArguments): Promise<DebugProtocol.SetBreakpointsResponse['body']>;
  setExceptionBreakpoints(args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void>;
  threads(): Promise<DebugProtocol.ThreadsResponse['body']>;
  stackTrace(args: DebugProtocol.StackTraceArguments): Promise<DebugProtocol.StackTraceResponse['body']>;
  scopes(args: DebugProtocol.ScopesArguments): Promise<DebugProtocol.ScopesResponse['body']>;
  variables(args: DebugProtocol.VariablesArguments): Promise<DebugProtocol.VariablesResponse['body']>;
  evaluate(args: DebugProtocol.EvaluateArguments): Promise<DebugProtocol.EvaluateResponse['body']>;
  setVariable(args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse['body']>;
  continue(args: DebugProtocol.ContinueArguments): Promise<DebugProtocol.ContinueResponse['body']>;
  step(kind: StepKind, args: DebugProtocol.NextArguments): Promise<void>;
  pause(args: DebugProtocol.PauseArguments): Promise<void>;
  loadedSources(): Promise<DebugProtocol.LoadedSourcesResponse['body']>;
}
