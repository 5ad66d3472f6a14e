// The contract between the endpoint and whatever runs function code: invoke one version of a function,
// drop its warm environments when it changes, stop everything. The runtime library implements it
// (runtime-invoker.ts); Invoke, UpdateFunction* and DeleteFunction call it.
import type { FunctionSettings } from './model';

export interface InvokeTarget {
  functionName: string;
  version: string;
  /** Distinguishes snapshots of `$LATEST`: environments of an older revision are never reused. */
  revisionId: string;
  settings: FunctionSettings;
  /** The code: a directory (templateDir + codeDir, as in FunctionConfig) or inline code. */
  templateDir: string;
  codeDir: string;
  inlineCode?: string;
  region: string;
}

export interface InvokeOutcome {
  requestId: string;
  /** The function's response (or error) payload, JSON text. */
  payload: string;
  /** Set when the invocation failed: `Unhandled` (Lambda's value for runtime and handler errors). */
  functionError?: string;
  /** The invocation's log lines, for `X-Amz-Log-Type: Tail`. */
  logTail: string;
}

export interface InvokeOptions {
  /** Event: queued (with Lambda's retries); resolves once accepted, with an empty payload. */
  invocationType: 'RequestResponse' | 'Event';
  signal?: AbortSignal;
  /** The decoded X-Amz-Client-Context (JSON text). */
  clientContext?: string;
  /** The version or alias the caller named. */
  qualifier?: string;
}

export interface Invoker {
  invoke(target: InvokeTarget, payload: string, options: InvokeOptions): Promise<InvokeOutcome>;
  /** Stops the warm environments of a function whose code or configuration changed, or that was deleted. */
  release(functionName: string): Promise<void>;
  stop(): Promise<void>;
}
