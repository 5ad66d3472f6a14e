// How a local invocation's outcome is shown: the one-line summary in the Local Results view and the
// payload document (pretty JSON, as the Lambda console shows it).

/** The parts of the runtime's InvokeResult the view shows. */
export interface RunOutcome {
  requestId: string;
  payload: string;
  functionError?: 'Unhandled';
  report?: { durationMs: number; billedDurationMs: number; memorySizeMb: number; maxMemoryUsedMb: number; initDurationMs?: number; status: string; errorType?: string };
}

export interface RunSummary {
  ok: boolean;
  /** `Runtime.HandlerNotFound`, `TypeError`, `Sandbox.Timedout`…, when it failed. */
  errorType?: string;
  /** `12.3 ms · billed 13 ms · 64/512 MB · init 120.5 ms` */
  figures: string;
}

export function summarizeRun(outcome: RunOutcome): RunSummary {
  const { report } = outcome;
  const figures = report
    ? [
        `${report.durationMs.toFixed(1)} ms`,
        `billed ${report.billedDurationMs} ms`,
        `${report.maxMemoryUsedMb}/${report.memorySizeMb} MB`,
        ...(report.initDurationMs !== undefined ? [`init ${report.initDurationMs.toFixed(1)} ms`] : []),
      ].join(' · ')
    : 'no REPORT';
  const ok = outcome.functionError === undefined && (report?.status ?? 'success') === 'success';
  if (ok) return { ok, figures };
  return { ok, figures, errorType: errorTypeOf(outcome.payload) ?? report?.errorType ?? 'Unhandled' };
}

function errorTypeOf(payload: string): string | undefined {
  try {
    const parsed = JSON.parse(payload) as { errorType?: unknown };
    return typeof parsed?.errorType === 'string' ? parsed.errorType : undefined;
  } catch {
    return undefined; // not JSON: the summary falls back to the REPORT's error type
  }
}

/** The payload as a readable document: JSON pretty-printed, anything else as returned. */
export function formatPayload(payload: string): string {
  try {
    return `${JSON.stringify(JSON.parse(payload), null, 2)}\n`;
  } catch {
    return payload; // Lambda returns a handler's non-JSON response as is
  }
}
