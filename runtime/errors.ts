// Errors the local Lambda service produces itself, with Lambda's names (../shared/lambda-runtime-spec.md §5):
// function errors reach callers as a payload; Invoke API errors (throttle, size) are thrown.

/** A function error the platform reports (`Runtime.ExitError`, `Sandbox.Timedout`, …); payload shape as AWS's. */
export class LambdaError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = errorType;
  }

  toPayload(): string {
    return JSON.stringify({ errorType: this.errorType, errorMessage: this.message });
  }
}

/** An Invoke API error (HTTP status + AWS error code), e.g. 429 TooManyRequestsException. */
export class LambdaServiceError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = { Type: 'User', message },
  ) {
    super(`${code}: ${message}`);
    this.name = code;
  }
}

/** The function's runtime has no local implementation (Node.js and Python run locally). */
export class UnsupportedRuntimeError extends Error {
  constructor(readonly runtime: string) {
    super(`Runtime not supported locally: ${runtime || '(none)'} (supported: nodejs18.x–nodejs24.x, python3.9–python3.14)`);
  }
}

export function exitError(requestId: string, exit: { code: number | null; signal: NodeJS.Signals | null }): LambdaError {
  const reason = exit.signal
    ? `Runtime exited with error: signal: ${SIGNAL_TEXT[exit.signal] ?? exit.signal}`
    : exit.code === 0
      ? 'Runtime exited without providing a reason'
      : `Runtime exited with error: exit status ${exit.code}`;
  return new LambdaError('Runtime.ExitError', `RequestId: ${requestId} Error: ${reason}`);
}

/** Go's ProcessState texts, which the Lambda platform prints. */
const SIGNAL_TEXT: Partial<Record<NodeJS.Signals, string>> = { SIGKILL: 'killed', SIGABRT: 'aborted', SIGSEGV: 'segmentation fault', SIGTERM: 'terminated' };

export function outOfMemoryError(requestId: string): LambdaError {
  return new LambdaError('Runtime.OutOfMemory', `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`);
}

export function timeoutError(requestId: string, timeoutSeconds: number): LambdaError {
  return new LambdaError('Sandbox.Timedout', `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`);
}

/** Lambda's limit on sync payloads as the emulator enforces it: 6 MiB + 100 bytes. */
export const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024 + 100;

export function responseTooLargeError(size: number): LambdaError {
  return new LambdaError('Function.ResponseSizeTooLarge', `Response payload size (${size} bytes) exceeded maximum allowed payload size (${MAX_PAYLOAD_BYTES} bytes).`);
}
