// Splits a child's stdout/stderr into log lines. A line longer than Lambda's 256 KB log event is cut into
// pieces, so a function printing 100 MB on one line cannot exhaust the host's memory. Each chunk is
// scanned once: the work stays linear however long the lines are.
import type { Readable } from 'node:stream';

export const MAX_LINE_BYTES = 256 * 1024;

export function readLines(stream: Readable, onLine: (line: string) => void): void {
  let parts: string[] = [];
  let size = 0;
  const emit = (line: string): void => {
    for (let at = 0; at < line.length || at === 0; at += MAX_LINE_BYTES) onLine(line.slice(at, at + MAX_LINE_BYTES));
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
      parts.push(chunk.slice(start, newline));
      emit(parts.join(''));
      parts = [];
      size = 0;
      start = newline + 1;
    }
    if (start < chunk.length) {
      parts.push(chunk.slice(start));
      size += chunk.length - start;
    }
    if (size > MAX_LINE_BYTES) {
      const pending = parts.join('');
      const whole = pending.length - (pending.length % MAX_LINE_BYTES);
      emit(pending.slice(0, whole));
      parts = whole < pending.length ? [pending.slice(whole)] : [];
      size = pending.length - whole;
    }
  });
  stream.on('end', () => {
    if (size > 0) emit(parts.join(''));
  });
}
