// CloudWatch Logs API subset (JSON 1.1, `X-Amz-Target: Logs_20140328.<Operation>`): DescribeLogGroups,
// DescribeLogStreams, GetLogEvents, FilterLogEvents over the LogStore.
import type { Services } from './api';
import { logsError } from './errors';
import { ACCOUNT_ID } from './model';
import { parseFilterPattern } from './filter-pattern';
import type { LogGroup, LogStream } from './log-store';

type Input = Record<string, unknown>;
type Operation = (input: Input, services: Services, region: string) => unknown;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function limitOf(input: Input, max: number): number {
  const limit = num(input.limit) ?? max;
  if (limit < 1 || limit > max) throw logsError('InvalidParameterException', `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${max}`);
  return limit;
}

/** nextToken is an offset into the ordered result; a token that is not ours is an error, as on AWS. */
function offsetOf(token: unknown, prefix = ''): number {
  if (token === undefined) return 0;
  const match = typeof token === 'string' ? new RegExp(`^${prefix}(\\d+)$`).exec(token) : null;
  if (!match) throw logsError('InvalidParameterException', `The specified nextToken is invalid.`);
  return Number(match[1]);
}

function groupOf(input: Input, services: Services): LogGroup {
  const name = str(input.logGroupName) ?? str(input.logGroupIdentifier)?.replace(/^arn:[^:]+:logs:[^:]*:\d+:log-group:/, '').replace(/:\*$/, '');
  if (!name) throw logsError('InvalidParameterException', 'Either logGroupName or logGroupIdentifier must be specified.');
  const group = services.logs.get(name);
  if (!group) throw logsError('ResourceNotFoundException', 'The specified log group does not exist.');
  return group;
}

const lastEvent = (s: LogStream): number => s.events.at(-1)?.timestamp ?? s.creationTime;

const describeLogGroups: Operation = (input, services, region) => {
  const prefix = str(input.logGroupNamePrefix) ?? str(input.logGroupNamePattern) ?? '';
  const groups = services.logs.list().filter((g) => (input.logGroupNamePattern ? g.name.includes(prefix) : g.name.startsWith(prefix)));
  const start = offsetOf(input.nextToken);
  const page = groups.slice(start, start + limitOf(input, 50));
  return {
    logGroups: page.map((g) => ({
      logGroupName: g.name,
      creationTime: g.creationTime,
      metricFilterCount: 0,
      arn: `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:${g.name}:*`,
      logGroupArn: `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:${g.name}`,
      storedBytes: [...g.streams.values()].reduce((sum, s) => sum + s.storedBytes, 0),
      logGroupClass: 'STANDARD',
    })),
    ...(start + page.length < groups.length ? { nextToken: String(start + page.length) } : {}),
  };
};

const describeLogStreams: Operation = (input, services, region) => {
  const group = groupOf(input, services);
  const prefix = str(input.logStreamNamePrefix);
  const byTime = input.orderBy === 'LastEventTime';
  if (byTime && prefix) throw logsError('InvalidParameterException', 'Cannot order by LastEventTime with a logStreamNamePrefix.');
  const streams = [...group.streams.values()]
    .filter((s) => !prefix || s.name.startsWith(prefix))
    .sort((a, b) => (byTime ? lastEvent(a) - lastEvent(b) : a.name.localeCompare(b.name)));
  if (input.descending === true) streams.reverse();
  const start = offsetOf(input.nextToken);
  const page = streams.slice(start, start + limitOf(input, 50));
  return {
    logStreams: page.map((s) => ({
      logStreamName: s.name,
      creationTime: s.creationTime,
      firstEventTimestamp: s.events[0]?.timestamp,
      lastEventTimestamp: s.events.at(-1)?.timestamp,
      lastIngestionTime: s.events.at(-1)?.ingestionTime,
      arn: `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:${group.name}:log-stream:${s.name}`,
      storedBytes: s.storedBytes,
    })),
    ...(start + page.length < streams.length ? { nextToken: String(start + page.length) } : {}),
  };
};

function inWindow(input: Input): (t: number) => boolean {
  const start = num(input.startTime) ?? -Infinity;
  const end = num(input.endTime) ?? Infinity;
  return (t) => t >= start && t < end;
}

/** GetLogEvents: tokens are `f/<index>` (forward) and `b/<index>` (backward), as AWS's start with f/ and b/. */
const getLogEvents: Operation = (input, services) => {
  const group = groupOf(input, services);
  const stream = group.streams.get(str(input.logStreamName) ?? '');
  if (!stream) throw logsError('ResourceNotFoundException', 'The specified log stream does not exist.');
  const events = stream.events.filter((e) => inWindow(input)(e.timestamp));
  const limit = limitOf(input, 10000);
  const token = str(input.nextToken);
  let from: number;
  if (token?.startsWith('b/')) from = Math.max(0, offsetOf(token, 'b/') - limit);
  else if (token) from = offsetOf(token, 'f/');
  else from = input.startFromHead === true ? 0 : Math.max(0, events.length - limit);
  const to = token?.startsWith('b/') ? offsetOf(token, 'b/') : Math.min(events.length, from + limit);
  return {
    events: events.slice(from, to).map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
    nextForwardToken: `f/${to}`,
    nextBackwardToken: `b/${from}`,
  };
};

const filterLogEvents: Operation = (input, services) => {
  const group = groupOf(input, services);
  const names = Array.isArray(input.logStreamNames) ? (input.logStreamNames as string[]) : undefined;
  const prefix = str(input.logStreamNamePrefix);
  if (names && prefix) throw logsError('InvalidParameterException', 'logStreamNames and logStreamNamePrefix are mutually exclusive.');
  const matches = parseFilterPattern(str(input.filterPattern));
  const window = inWindow(input);
  const streams = [...group.streams.values()].filter((s) => (names ? names.includes(s.name) : !prefix || s.name.startsWith(prefix)));
  const events = streams
    .flatMap((s) => s.events.map((e, index) => ({ stream: s.name, index, ...e })))
    .filter((e) => window(e.timestamp) && matches(e.message))
    .sort((a, b) => a.timestamp - b.timestamp || a.ingestionTime - b.ingestionTime);
  const start = offsetOf(input.nextToken);
  const page = events.slice(start, start + limitOf(input, 10000));
  return {
    events: page.map((e) => ({
      logStreamName: e.stream,
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime,
      eventId: `${e.timestamp}${String(e.index).padStart(20, '0')}`,
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
    ...(start + page.length < events.length ? { nextToken: String(start + page.length) } : {}),
  };
};

const OPERATIONS: Record<string, Operation> = {
  DescribeLogGroups: describeLogGroups,
  DescribeLogStreams: describeLogStreams,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
};

export const LOGS_TARGET_PREFIX = 'Logs_20140328.';

export function runLogsOperation(target: string, body: Buffer, services: Services, region: string): unknown {
  const operation = OPERATIONS[target.slice(LOGS_TARGET_PREFIX.length)];
  if (!operation) throw logsError('UnknownOperationException', `Operation not supported by the local endpoint: ${target}`);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch (cause) {
    throw Object.assign(logsError('InvalidParameterException', `Request body is not JSON: ${(cause as Error).message}`), { cause });
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw logsError('InvalidParameterException', 'Request body must be a JSON object.');
  return operation(input as Input, services, region);
}
