// Splits a child's stdout/stderr into log lines. A line longer than Lambda's 256 KB log event is cut into
// pieces, so a function printing 100 MB on one line cannot exhaust the host's memory.
import type { Readable } from 'node:stream';

export const MAX_LINE_BYTES = 256 * 1024;

export function readLines(stream: Readable, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
    }
    while (pending.length > MAX_LINE_BYTES) {
      onLine(pending.slice(0, MAX_LINE_BYTES));
      pending = pending.slice(MAX_LINE_BYTES);
    }
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
  });
}
