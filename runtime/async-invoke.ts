// Event (asynchronous) invocations: Lambda queues the event, retries a function error twice (about 1 and
// 2 minutes later), then sends an on-failure record (invocation-async.html); here the record is a local file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LambdaServiceError } from './errors';

export interface AsyncResult {
  requestId: string;
  attempts: number;
  payload: string;
  functionError?: 'Unhandled';
  /** The on-failure destination record written after the last retry failed. */
  recordPath?: string;
}

export interface AsyncOptions {
  /** Waits before the first and the second retry; Lambda's are about 60 000 and 120 000 ms. */
  retryDelaysMs: number[];
  onFailureDir: string;
  functionArn: string;
  /** The version that ran, for the on-failure record's qualified ARN. */
  version: string;
}

/** One attempt; `qualifier` is the version or alias the caller named. */
type RunOnce = (eventText: string, requestId: string, qualifier: string | undefined) => Promise<{ payload: string; functionError?: 'Unhandled' }>;

interface Queued {
  eventText: string;
  requestId: string;
  qualifier: string | undefined;
}

/** Throttled attempts go back on the queue with backoff from 1 s up to 5 min, as Lambda's queue does. */
const THROTTLE_BACKOFF_MS = [1000, 5 * 60 * 1000];

export class AsyncInvoker {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly run: RunOnce,
    private readonly options: AsyncOptions,
    private readonly onResult: (result: AsyncResult) => void,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  enqueue(eventText: string, requestId: string, qualifier?: string): void {
    this.attempt({ eventText, requestId, qualifier }, 1, 0);
  }

  /** Drops queued retries (the local queue lives as long as the function). */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  private attempt(queued: Queued, attempt: number, throttles: number): void {
    const { eventText, requestId } = queued;
    this.run(eventText, requestId, queued.qualifier).then(
      (outcome) => {
        const delay = this.options.retryDelaysMs[attempt - 1];
        if (outcome.functionError && delay !== undefined) return this.later(delay, () => this.attempt(queued, attempt + 1, 0));
        const recordPath = outcome.functionError ? this.writeRecord(eventText, requestId, attempt, outcome.payload) : undefined;
        this.onResult({ requestId, attempts: attempt, payload: outcome.payload, functionError: outcome.functionError, recordPath });
      },
      (error: unknown) => {
        if (!(error instanceof LambdaServiceError && error.statusCode === 429)) return this.onFailure(error);
        const backoff = Math.min(THROTTLE_BACKOFF_MS[0] * 2 ** throttles, THROTTLE_BACKOFF_MS[1]);
        this.later(backoff, () => this.attempt(queued, attempt, throttles + 1));
      },
    );
  }

  private writeRecord(eventText: string, requestId: string, attempts: number, payload: string): string {
    const record = {
      version: '1.0',
      timestamp: new Date().toISOString(),
      requestContext: { requestId, functionArn: `${this.options.functionArn}:${this.options.version}`, condition: 'RetriesExhausted', approximateInvokeCount: attempts },
      requestPayload: parseJson(eventText),
      responseContext: { statusCode: 200, executedVersion: this.options.version, functionError: 'Unhandled' },
      responsePayload: parseJson(payload),
    };
    mkdirSync(this.options.onFailureDir, { recursive: true });
    const path = join(this.options.onFailureDir, `${requestId}.json`);
    writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
    return path;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
