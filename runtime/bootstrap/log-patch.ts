// Console output as Lambda's Node runtime writes it: `<ISO>\t<requestId>\t<LEVEL>\t<message>` with
// newlines turned into \r (text), or one JSON object per line (LogFormat JSON); AWS_LAMBDA_LOG_LEVEL filters.
import { writeSync } from 'node:fs';
import { format } from 'node:util';

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
type Level = (typeof LEVELS)[number];

/** The request id and tenant of the invocation in progress; what log lines carry. */
export const logContext: { requestId: string | undefined; tenantId: string | undefined } = { requestId: undefined, tenantId: undefined };

const errorToJson = (_key: string, value: unknown): unknown =>
  value instanceof Error
    ? { errorType: value.constructor?.name ?? 'UnknownError', errorMessage: value.message, stackTrace: typeof value.stack === 'string' ? value.stack.split('\n') : value.stack, ...value }
    : value;

function jsonLine(level: Level, params: unknown[]): string {
  const record: Record<string, unknown> = { timestamp: new Date().toISOString(), level, requestId: logContext.requestId };
  if (logContext.tenantId) record.tenantId = logContext.tenantId;
  if (params.length === 1) {
    record.message = params[0];
    try {
      return JSON.stringify(record, errorToJson);
    } catch {
      record.message = format(params[0]);
      return JSON.stringify(record);
    }
  }
  record.message = format(...params);
  const error = params.find((p): p is Error => p instanceof Error);
  if (error) {
    record.errorType = error.constructor?.name ?? 'UnknownError';
    record.errorMessage = error.message;
    record.stackTrace = typeof error.stack === 'string' ? error.stack.split('\n') : [];
  }
  return JSON.stringify(record, errorToJson);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes a whole line to stdout before returning, as the RIC's writes to the telemetry fd are: nothing a
 * function logged is still buffered when it answers or when the environment is stopped.
 */
function writeLine(line: string): void {
  const data = Buffer.from(line, 'utf8');
  for (let offset = 0; offset < data.length; ) {
    try {
      offset += writeSync(1, data, offset);
    } catch (error) {
      // The pipe is non-blocking once something used process.stdout: wait for the reader, then retry.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/** Replaces console's methods. `noRequestId` is what text lines show before the first invoke. */
export function patchConsole(env: NodeJS.ProcessEnv, noRequestId: string): void {
  const json = env.AWS_LAMBDA_LOG_FORMAT === 'JSON';
  const minimum = Math.max(0, LEVELS.indexOf((env.AWS_LAMBDA_LOG_LEVEL ?? 'TRACE').toUpperCase() as Level));
  const writer = (level: Level) => {
    if (LEVELS.indexOf(level) < minimum) return () => undefined;
    return (...params: unknown[]) => {
      const line = json
        ? jsonLine(level, params)
        : `${new Date().toISOString()}\t${logContext.requestId ?? noRequestId}\t${level}\t${format(...params).replace(/\n/g, '\r')}`;
      writeLine(`${line}\n`);
    };
  };
  const target = console as unknown as Record<string, (...params: unknown[]) => void>;
  target.trace = writer('TRACE');
  target.debug = writer('DEBUG');
  target.info = writer('INFO');
  target.log = target.info;
  target.warn = writer('WARN');
  target.error = writer('ERROR');
  target.fatal = writer('FATAL');
}
