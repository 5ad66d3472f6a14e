// Reporting an invocation's outcome (and init failures) to the Runtime API, logging errors the way the
// Node runtime does: `Invoke Error \t{…}` in text format, the error object itself in JSON format.
import { JSONStringifyError, toErrorBody, toFormatted, withOwnName, xrayCause } from './errors';
import type { RapidClient } from './rapid-client';

/** Non-errors are logged wrapped in an Error (the RIC's intoError) but posted as they are. */
export function logError(prefix: string, error: unknown): void {
  const asError = error instanceof Error ? error : new Error(error as string);
  if (process.env.AWS_LAMBDA_LOG_FORMAT === 'JSON') console.error(asError);
  else console.error(prefix, toFormatted(asError));
}

export class Poster {
  constructor(readonly client: RapidClient) {}

  fail(requestId: string, error: unknown, prefix = 'Invoke Error'): Promise<void> {
    logError(prefix, error);
    return this.client.postError(requestId, toErrorBody(error), xrayCause(error));
  }

  /** `undefined` answers `null`; an unserialisable result is an error (3.x: Error, 4.x: Runtime.JSONStringifyError). */
  succeed(requestId: string, result: unknown, generation: 3 | 4): Promise<void> {
    let body: string;
    try {
      body = JSON.stringify(result === undefined ? null : result);
    } catch (cause) {
      const message = 'Unable to stringify response body';
      const error = generation === 4 ? withOwnName(new JSONStringifyError(message)) : new Error(message, { cause });
      return this.fail(requestId, error);
    }
    return this.client.postResponse(requestId, body);
  }

  /** After an uncaught error: report it (to the invocation, or to init before the first one), then exit. */
  async failAndExit(requestId: string | undefined, error: unknown, code: number): Promise<void> {
    const body = toErrorBody(error);
    try {
      if (requestId) await this.client.postError(requestId, body, xrayCause(error));
      else await this.client.postInitError(body);
    } finally {
      process.exit(code);
    }
  }
}
