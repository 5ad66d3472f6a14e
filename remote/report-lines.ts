// Lambda's REPORT log line → numbers, for the duration/memory chart and summaries.
// Format: REPORT RequestId: <id>\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\tInit Duration: 150.00 ms
import type { Report } from '../runtime/platform-log';

/** A REPORT line's numbers: the local runtime's Report without the status it knows itself. */
export type ReportLine = Omit<Report, 'status' | 'errorType'>;

const FIELDS: Record<string, keyof ReportLine> = {
  Duration: 'durationMs',
  'Billed Duration': 'billedDurationMs',
  'Memory Size': 'memorySizeMb',
  'Max Memory Used': 'maxMemoryUsedMb',
  'Init Duration': 'initDurationMs',
};

export function parseReportLine(line: string): ReportLine | undefined {
  const match = /^REPORT RequestId: (\S+)\s+(.*)$/.exec(line.trim());
  if (!match) return undefined;
  const report: Partial<Record<keyof ReportLine, string | number>> = { requestId: match[1] };
  for (const part of match[2].split('\t')) {
    const field = /^([A-Za-z ]+): ([\d.]+) (ms|MB)$/.exec(part.trim());
    const key = field && FIELDS[field[1]];
    if (key) report[key] = Number(field[2]);
  }
  if (report.durationMs === undefined || report.maxMemoryUsedMb === undefined) return undefined;
  return report as unknown as ReportLine;
}
