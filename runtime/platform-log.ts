// The platform's own log lines (START, END, REPORT, INIT_REPORT) in Lambda's text format or, with LogFormat
// JSON, as telemetry records (platform.start, platform.runtimeDone, platform.report, platform.initReport).

export interface Report {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  /** Present on the first invoke of an environment (cold start). */
  initDurationMs?: number;
  /** failure: the function reported an error; error: the platform did (crash, out of memory, init failure). */
  status: 'success' | 'failure' | 'error' | 'timeout';
  /** With status failure or error: the error type (Runtime.ExitError, Runtime.OutOfMemory, TypeError, …). */
  errorType?: string;
}

/** An init phase that did not finish: the init phase's own (`init`), or init run again inside the first invoke (`invoke`). */
export interface InitReport {
  type: 'initReport';
  phase: 'init' | 'invoke';
  status: 'timeout';
  durationMs: number;
  /** With phase invoke: the invoke it ran in. */
  requestId?: string;
}

export type PlatformRecord = { type: 'start'; requestId: string; version: string } | { type: 'end'; requestId: string; report: Report } | { type: 'report'; report: Report } | InitReport;

const ms = (value: number): string => value.toFixed(2);
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Billed = ceil(Duration [+ Init Duration]) since Aug 2025 (init billed for on-demand ZIP functions); capped at the timeout. */
export function billedDuration(durationMs: number, initDurationMs: number | undefined, timeoutMs: number): number {
  return Math.ceil(Math.min(durationMs, timeoutMs) + (initDurationMs ?? 0));
}

export function formatText(record: PlatformRecord): string {
  if (record.type === 'initReport') return `INIT_REPORT Init Duration: ${ms(record.durationMs)} ms\tPhase: ${record.phase}\tStatus: ${record.status}`;
  if (record.type === 'start') return `START RequestId: ${record.requestId} Version: ${record.version}`;
  if (record.type === 'end') return `END RequestId: ${record.requestId}`;
  const r = record.report;
  const fields = [
    `REPORT RequestId: ${r.requestId}`,
    `Duration: ${ms(r.durationMs)} ms`,
    `Billed Duration: ${r.billedDurationMs} ms`,
    `Memory Size: ${r.memorySizeMb} MB`,
    `Max Memory Used: ${r.maxMemoryUsedMb} MB`,
  ];
  if (r.initDurationMs !== undefined) fields.push(`Init Duration: ${ms(r.initDurationMs)} ms`);
  if (r.status === 'timeout') fields.push('Status: timeout');
  if (r.status === 'error') fields.push('Status: error', `Error Type: ${r.errorType}`);
  return `${fields.join('\t')}\t`;
}

export function formatJson(record: PlatformRecord, time = new Date()): string {
  const base = { time: time.toISOString() };
  if (record.type === 'initReport') {
    const { phase, status, durationMs } = record;
    return JSON.stringify({ ...base, type: 'platform.initReport', record: { initializationType: 'on-demand', phase, status, metrics: { durationMs: round2(durationMs) } } });
  }
  if (record.type === 'start') return JSON.stringify({ ...base, type: 'platform.start', record: { requestId: record.requestId, version: record.version } });
  const r = record.report;
  const status = r.status === 'success' ? {} : { errorType: r.errorType };
  if (record.type === 'end') {
    return JSON.stringify({ ...base, type: 'platform.runtimeDone', record: { requestId: r.requestId, status: r.status, ...status, metrics: { durationMs: round2(r.durationMs) } } });
  }
  const metrics = {
    durationMs: round2(r.durationMs),
    billedDurationMs: r.billedDurationMs,
    memorySizeMB: r.memorySizeMb,
    maxMemoryUsedMB: r.maxMemoryUsedMb,
    ...(r.initDurationMs !== undefined ? { initDurationMs: round2(r.initDurationMs) } : {}),
  };
  return JSON.stringify({ ...base, type: 'platform.report', record: { requestId: r.requestId, metrics, status: r.status, ...status } });
}
