// A function's CloudWatch logs: recent events (FilterLogEvents, all pages) and a follow mode that polls
// for new events, de-duplicated by event id — StartLiveTail needs an HTTP/2 event stream that
// AWS-compatible local endpoints do not offer, and polling works everywhere.
import { FilterLogEventsCommand, type FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsConnection } from './connection';
import { RemoteError, withAwsErrors } from './errors';

export interface LogQuery {
  functionName: string;
  /** Epoch milliseconds of the oldest event wanted. */
  startTime: number;
  /** A CloudWatch filter pattern (plain terms match substrings). */
  filter?: string;
}

export interface LogEvent {
  eventId: string;
  timestamp: number;
  logStreamName: string;
  message: string;
}

export const logGroupOf = (functionName: string): string => `/aws/lambda/${functionName}`;

export async function fetchLogEvents(connection: AwsConnection, query: LogQuery, signal?: AbortSignal): Promise<LogEvent[]> {
  const events: LogEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await withAwsErrors(`Read logs of ${query.functionName}`, connection.profile, () =>
      connection.logs.send(
        new FilterLogEventsCommand({
          logGroupName: logGroupOf(query.functionName),
          startTime: query.startTime,
          filterPattern: query.filter,
          nextToken,
        }),
        { abortSignal: signal },
      ),
    );
    events.push(...(page.events ?? []).map(toLogEvent));
    nextToken = page.nextToken;
  } while (nextToken && !signal?.aborted);
  return events.sort((a, b) => a.timestamp - b.timestamp);
}

function toLogEvent(event: FilteredLogEvent): LogEvent {
  return {
    eventId: event.eventId ?? `${event.logStreamName}/${event.timestamp}/${event.message}`,
    timestamp: event.timestamp ?? 0,
    logStreamName: event.logStreamName ?? '',
    message: event.message ?? '',
  };
}

/** Calls `onEvents` with every new event until `signal` aborts; polls every `intervalMs`. */
export async function followLogEvents(
  connection: AwsConnection,
  query: LogQuery,
  onEvents: (events: LogEvent[]) => void,
  signal: AbortSignal,
  intervalMs = 1000,
): Promise<void> {
  const seen = new Set<string>();
  let startTime = query.startTime;
  while (!signal.aborted) {
    const fresh = (await fetchLogEvents(connection, { ...query, startTime }, signal)).filter((e) => !seen.has(e.eventId));
    for (const event of fresh) seen.add(event.eventId);
    if (fresh.length > 0) {
      onEvents(fresh);
      // Events can arrive late within the same millisecond: keep the last timestamp in the window.
      startTime = fresh[fresh.length - 1].timestamp;
    }
    await delay(intervalMs, signal);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30s`, `10m`, `2h`, `1d`, `1w` → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)([smhdw])$/.exec(text.trim());
  if (!match) throw new RemoteError(`Duration must be a number and a unit (s, m, h, d, w), like 10m: ${text}`);
  return Number(match[1]) * UNITS[match[2]];
}
