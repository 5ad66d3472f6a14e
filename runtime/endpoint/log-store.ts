// The functions' logs as CloudWatch Logs would hold them: groups (/aws/lambda/<name>), streams (one per
// execution environment), events. Kept in memory and appended to <state>/logs/<group>.jsonl.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const WRITE_DELAY_MS = 100;

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
}

export interface LogStream {
  name: string;
  creationTime: number;
  events: LogEvent[];
  storedBytes: number;
}

export interface LogGroup {
  name: string;
  creationTime: number;
  streams: Map<string, LogStream>;
}

export class LogStore {
  private readonly groups = new Map<string, LogGroup>();
  private readonly dir: string;
  private writing: Promise<void> = Promise.resolve();
  /** Lines waiting for the next write, by file. */
  private readonly unwritten = new Map<string, string>();
  private timer?: NodeJS.Timeout;

  constructor(
    stateDir: string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.dir = join(stateDir, 'logs');
    if (!existsSync(this.dir)) return;
    for (const file of readdirSync(this.dir).filter((f) => f.endsWith('.jsonl'))) {
      const group = decodeURIComponent(file.slice(0, -'.jsonl'.length));
      for (const line of readFileSync(join(this.dir, file), 'utf8').split('\n')) {
        const parsed = parseLine(line);
        if (parsed) this.add(group, parsed.s, { timestamp: parsed.t, message: parsed.m, ingestionTime: parsed.i });
      }
    }
  }

  list(): LogGroup[] {
    return [...this.groups.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(group: string): LogGroup | undefined {
    return this.groups.get(group);
  }

  /**
   * Adds events now (readable at once); the disk write is batched over WRITE_DELAY_MS so a busy function
   * costs one append per batch, not per line. Failures go to onError: the events stay readable.
   */
  append(group: string, stream: string, messages: { timestamp: number; message: string }[]): void {
    const ingestionTime = Date.now();
    const events = messages.map((m) => ({ ...m, ingestionTime }));
    for (const event of events) this.add(group, stream, event);
    const lines = events.map((e) => `${JSON.stringify({ s: stream, t: e.timestamp, m: e.message, i: e.ingestionTime })}\n`).join('');
    const path = join(this.dir, `${encodeURIComponent(group)}.jsonl`);
    if (this.unwritten.size === 0) {
      this.timer = setTimeout(() => (this.writing = this.writing.then(() => this.write())), WRITE_DELAY_MS).unref();
    }
    this.unwritten.set(path, (this.unwritten.get(path) ?? '') + lines);
  }

  private async write(): Promise<void> {
    const batch = [...this.unwritten];
    this.unwritten.clear();
    try {
      await mkdir(this.dir, { recursive: true });
      for (const [path, lines] of batch) await appendFile(path, lines);
    } catch (error) {
      this.onError(new Error(`Could not write logs to ${this.dir}`, { cause: error }));
    }
  }

  /** Writes what is pending now; resolves when every append so far is on disk. */
  flush(): Promise<void> {
    if (this.unwritten.size > 0) {
      clearTimeout(this.timer);
      this.writing = this.writing.then(() => this.write());
    }
    return this.writing;
  }

  private add(groupName: string, streamName: string, event: LogEvent): void {
    let group = this.groups.get(groupName);
    if (!group) this.groups.set(groupName, (group = { name: groupName, creationTime: event.timestamp, streams: new Map() }));
    let stream = group.streams.get(streamName);
    if (!stream) group.streams.set(streamName, (stream = { name: streamName, creationTime: event.timestamp, events: [], storedBytes: 0 }));
    stream.events.push(event);
    stream.storedBytes += Buffer.byteLength(event.message);
  }
}

/** A line of the log file; a line torn by a crash mid-append is skipped. */
function parseLine(line: string): { s: string; t: number; m: string; i: number } | undefined {
  if (!line.trim()) return undefined;
  try {
    return JSON.parse(line) as { s: string; t: number; m: string; i: number };
  } catch {
    return undefined;
  }
}
