// One execution environment: a runtime process plus its Runtime API server. Runs the init phase, then one
// invocation at a time with Lambda's timeout, memory limit, crash handling and START/END/REPORT lines.
import type { IncomingHttpHeaders } from 'node:http';
import type { DebugListen } from './debug-listen';
import { exitError, LambdaError, outOfMemoryError, responseTooLargeError, timeoutError } from './errors';
import { billedDuration, type PlatformRecord, type Report } from './platform-log';
import { RuntimeApiServer, type Invocation } from './runtime-api-server';
import { RuntimeProcess, type ProcessExit } from './runtime-process';
import { SuspendableTimer } from './suspendable-timer';

export interface LogEvent {
  stream: 'stdout' | 'stderr' | 'platform';
  line: string;
  /**
   * The environment's CloudWatch stream (its AWS_LAMBDA_LOG_STREAM_NAME): Lambda writes each environment's
   * logs apart. Absent for the local service's own messages that concern no environment.
   */
  logStreamName?: string;
  /** The invocation the line belongs to; absent during init and between invocations. */
  requestId?: string;
  /** For platform lines: the structured record (START, END, REPORT). */
  record?: PlatformRecord;
}

export interface InvokeOutcome {
  requestId: string;
  /** The JSON text Invoke returns: the function's response or its error object. */
  payload: string;
  /** `Unhandled` for every error the runtime or the platform reports, as Lambda does. */
  functionError?: 'Unhandled';
  report: Report;
  /** The last 4 KB of this invocation's log (Invoke's LogType Tail). */
  logTail: string;
}

export interface EnvironmentSpec {
  command: string;
  args: string[];
  cwd: string;
  /** Builds the child's environment once the Runtime API address is known. */
  env(runtimeApi: string): Record<string, string>;
  memorySizeMb: number;
  timeoutSeconds: number;
  /** `$LATEST` or a published version's number, for START. */
  version: string;
  logStreamName: string;
  /** The init phase's limit (default 10 s, on-demand; provisioned concurrency allows max(130 s, timeout)). */
  initTimeoutMs?: number;
  /** Starts the runtime under its debugger (no init timeout: a debugger may hold init as long as it likes). */
  debug?: DebugListen;
  /** Formats a platform record as the function's log format prints it. */
  formatPlatform(record: PlatformRecord): string;
  onLog(event: LogEvent): void;
  onExit(environment: ExecutionEnvironment): void;
}

/** Lambda's init phase limit for on-demand functions. */
const ON_DEMAND_INIT_TIMEOUT_MS = 10_000;
const TAIL_BYTES = 4096;
const FREEZE_AFTER_MS = 10;

type InitResult = { kind: 'ready' } | { kind: 'initError'; payload: string; errorType: string } | { kind: 'exit'; exit: ProcessExit } | { kind: 'timeout' };

interface ActiveInvoke {
  requestId: string;
  startedAt: number;
  timer?: SuspendableTimer;
  result?: { payload: string; error?: string; durationMs: number };
  tail: string[];
  resolve(outcome: InvokeOutcome): void;
}

export class ExecutionEnvironment {
  state: 'initializing' | 'ready' | 'busy' | 'dead' = 'initializing';
  private init: InitResult | undefined;
  private initWaiters: (() => void)[] = [];
  private initDurationMs: number | undefined;
  private initReported = false;
  private initTimer: SuspendableTimer | undefined;
  private initStartedAt = performance.now();
  /** The init phase ran out of time: the first invoke runs init again, on its own clock. */
  private initSuppressed = false;
  private clockSuspended = false;
  private active: ActiveInvoke | undefined;
  private freezing: NodeJS.Timeout | undefined;
  /** Which runtime process is current: a replaced one's requests, output and exit are not the environment's. */
  private generation = 0;
  /** The runtime being started, for stop() to wait on. */
  private starting: Promise<void> | undefined;
  private process!: RuntimeProcess;
  private server!: RuntimeApiServer;

  private constructor(private readonly spec: EnvironmentSpec) {}

  static async start(spec: EnvironmentSpec): Promise<ExecutionEnvironment> {
    const environment = new ExecutionEnvironment(spec);
    await environment.startRuntime();
    // A debugger may hold init at a breakpoint for as long as it likes.
    if (!spec.debug) environment.initTimer = environment.timer(spec.initTimeoutMs ?? ON_DEMAND_INIT_TIMEOUT_MS, () => environment.initTimedOut());
    return environment;
  }

  /**
   * A runtime process and the Runtime API server it talks to. A runtime that replaces one (after an init
   * timeout) gets its own server, so nothing the stopped one sent can count as the new one's.
   */
  private startRuntime(): Promise<void> {
    const generation = ++this.generation;
    const current = (): boolean => generation === this.generation;
    let spawned = false;
    const { spec } = this;
    const starting = (async () => {
      const server = await RuntimeApiServer.start({
        onNext: () => current() && this.onNext(),
        onResult: (kind, _id, body, headers) => current() && this.onResult(kind, body, headers),
        onResponseTooLarge: (_id, size) => current() && this.onResult('error', Buffer.from(responseTooLargeError(size).toPayload()), {}),
        onInitError: (body, headers) =>
          current() && this.settleInit({ kind: 'initError', payload: body.toString('utf8'), errorType: String(headers['lambda-runtime-function-error-type'] ?? 'Runtime.Unknown') }),
      });
      this.server = server;
      try {
        this.process = await RuntimeProcess.spawn({
          command: spec.command,
          args: spec.args,
          cwd: spec.cwd,
          env: spec.env(server.address),
          debug: spec.debug,
          memoryLimitMb: spec.memorySizeMb,
          // What a replaced runtime still had in its pipes belongs to no invocation.
          onLine: (stream, line) => this.log({ stream, line, requestId: current() ? this.active?.requestId : undefined }),
          // A runtime that exits while spawn() still waits for its debugger fails spawn() instead.
          onExit: (exit) => (spawned && current() ? this.onExit(exit) : undefined),
        });
      } catch (error) {
        server.close();
        throw error;
      }
      spawned = true;
      // Stopped, or timed out, while the runtime was starting: it goes at once.
      if (this.state === 'dead') this.reset();
    })();
    this.starting = starting.catch(() => undefined);
    return starting;
  }

  get pid(): number {
    return this.process.pid;
  }

  get logStreamName(): string {
    return this.spec.logStreamName;
  }

  get debuggerAddress(): string | undefined {
    return this.process.debuggerAddress;
  }

  /** Runs one invocation; the environment must not be busy. Resolves after END/REPORT. */
  async invoke(invocation: Omit<Invocation, 'deadlineMs'>): Promise<InvokeOutcome> {
    this.state = 'busy';
    await this.initSettled();
    const { requestId } = invocation;
    return new Promise<InvokeOutcome>((resolve) => {
      this.active = { requestId, startedAt: performance.now(), tail: [], resolve };
      const init = this.init!;
      const runs = (init.kind === 'ready' && this.process.alive) || this.initSuppressed;
      const deadlineMs = Date.now() + this.spec.timeoutSeconds * 1000;
      if (runs) this.active.timer = this.timer(this.spec.timeoutSeconds * 1000, () => this.onTimeout());
      this.platform({ type: 'start', requestId, version: this.spec.version });
      if (this.initSuppressed) return void this.initDuringInvoke({ ...invocation, deadlineMs });
      if (runs) return this.deliver({ ...invocation, deadlineMs });
      this.failedInit(init);
    });
  }

  private initSettled(): Promise<void> {
    return new Promise((resolve) => (this.init ? resolve() : this.initWaiters.push(resolve)));
  }

  private deliver(invocation: Invocation): void {
    clearTimeout(this.freezing);
    this.freezing = undefined;
    this.process.thaw();
    this.server.deliver(invocation);
  }

  /** An init that failed before this invoke answers it: the runtime's init error, or Lambda's exit error. */
  private failedInit(init: InitResult): void {
    if (init.kind === 'initError') return this.finish({ payload: init.payload, error: init.errorType, durationMs: 0 }, 'error');
    this.crashed(init.kind === 'exit' ? init.exit : { code: null, signal: null, outOfMemory: false });
  }

  /**
   * Lambda's suppressed init: after the init phase timed out, the first invoke starts the runtime again and
   * waits for its init within the function's timeout, which keeps running into the handler. REPORT then has
   * no Init Duration: init was part of the invoke.
   */
  private async initDuringInvoke(invocation: Invocation): Promise<void> {
    this.initSuppressed = false;
    this.initReported = true;
    this.init = undefined;
    this.initStartedAt = performance.now();
    const ours = (): boolean => this.active?.requestId === invocation.requestId;
    try {
      await this.startRuntime();
    } catch {
      // The runtime would not start again: Lambda's exit error, and the environment ends.
      if (ours()) this.crashed({ code: null, signal: null, outOfMemory: false });
      this.spec.onExit(this);
      return;
    }
    if (this.state === 'dead') return;
    await this.initSettled();
    if (!ours()) return;
    if (this.init!.kind === 'ready' && this.process.alive) this.deliver(invocation);
    else this.failedInit(this.init!);
  }

  /** Lambda stops a runtime whose init phase runs out of time; the first invoke runs init again. */
  private initTimedOut(): void {
    if (this.init) return;
    this.platform({ type: 'initReport', phase: 'init', status: 'timeout', durationMs: performance.now() - this.initStartedAt });
    this.initSuppressed = true;
    ++this.generation;
    this.process.kill();
    this.server.close();
    this.settleInit({ kind: 'timeout' });
  }

  suspendTimeout(): void {
    this.clockSuspended = true;
    this.initTimer?.suspend();
    this.active?.timer?.suspend();
  }

  resumeTimeout(): void {
    this.clockSuspended = false;
    this.initTimer?.resume();
    this.active?.timer?.resume();
  }

  /** A Lambda clock; one started while a debugger holds the process starts suspended. */
  private timer(ms: number, onFire: () => void): SuspendableTimer {
    const timer = new SuspendableTimer(ms, onFire);
    if (this.clockSuspended) timer.suspend();
    return timer;
  }

  /** Ends the process group and the server; idempotent. */
  async stop(): Promise<void> {
    this.reset();
    await this.starting;
    await this.process.exited;
  }

  private reset(): void {
    this.state = 'dead';
    clearTimeout(this.freezing);
    this.initTimer?.clear();
    this.process.kill();
    this.server.close();
  }

  private settleInit(result: InitResult): void {
    if (this.init) return;
    this.init = result;
    this.initDurationMs = performance.now() - this.initStartedAt;
    this.initTimer?.clear();
    // After an init timeout the environment stays: its first invoke runs init again.
    if (result.kind === 'ready' || result.kind === 'timeout') {
      if (this.state === 'initializing') this.state = 'ready';
    } else {
      this.reset();
    }
    for (const wake of this.initWaiters.splice(0)) wake();
  }

  private onNext(): void {
    const active = this.active;
    if (!this.init) this.settleInit({ kind: 'ready' });
    else if (active?.result) this.finish(active.result, active.result.error ? 'failure' : 'success');
    if (this.state === 'ready' && !this.active) this.freezeSoon();
  }

  /**
   * Waiting for an event no invoke has brought yet: frozen until one does, as on Lambda. Once it has waited
   * FREEZE_AFTER_MS, so that invokes in quick succession (a loop, a test, a load run) find it awake and pay
   * no signals: stopping and continuing a process group costs about 0.15 ms. A debugger must keep talking
   * to the process, so a debugged environment stays awake.
   */
  private freezeSoon(): void {
    if (this.spec.debug || this.freezing) return;
    this.freezing = setTimeout(() => {
      this.freezing = undefined;
      if (this.state !== 'ready' || this.active) return;
      this.process.freeze();
    }, FREEZE_AFTER_MS).unref();
  }

  private onResult(kind: 'response' | 'error', body: Buffer, headers: IncomingHttpHeaders): void {
    const active = this.active;
    if (!active || active.result) return;
    // The clock keeps running until the runtime asks for the next event: Lambda's timeout covers the whole invoke phase.
    const payload = body.toString('utf8');
    const error = kind === 'error' ? errorTypeOf(payload, headers) : undefined;
    active.result = { payload, error, durationMs: this.elapsed(active) };
  }

  private onTimeout(): void {
    const active = this.active;
    if (!active) return;
    const timeout = this.spec.timeoutSeconds;
    if (!this.init) this.platform({ type: 'initReport', phase: 'invoke', status: 'timeout', durationMs: performance.now() - this.initStartedAt, requestId: active.requestId });
    this.process.kill();
    this.log({ stream: 'platform', line: `${new Date().toISOString()} ${active.requestId} Task timed out after ${timeout.toFixed(2)} seconds`, requestId: active.requestId });
    // A result already posted is what the caller gets (Lambda returns it before the runtime's next /next).
    this.finish(active.result ?? { payload: timeoutError(active.requestId, timeout).toPayload(), error: 'Sandbox.Timedout', durationMs: timeout * 1000 }, 'timeout');
  }

  private onExit(exit: ProcessExit): void {
    this.state = 'dead';
    this.server.close();
    this.settleInit({ kind: 'exit', exit });
    const active = this.active;
    if (active?.result) this.finish(active.result, active.result.error ? 'failure' : 'success');
    else if (active) this.crashed(exit);
    this.spec.onExit(this);
  }

  /** The runtime died during an invocation: Lambda's ExitError (or OutOfMemory) and its two log lines. */
  private crashed(exit: ProcessExit): void {
    const active = this.active!;
    const error: LambdaError = exit.outOfMemory ? outOfMemoryError(active.requestId) : exitError(active.requestId, exit);
    this.log({ stream: 'platform', line: error.message, requestId: active.requestId });
    this.log({ stream: 'platform', line: error.errorType, requestId: active.requestId });
    this.finish({ payload: error.toPayload(), error: error.errorType, durationMs: this.elapsed(active) }, 'error');
  }

  /** The invoke's Duration: time on the Lambda clock, so a debugger's pauses are not in REPORT. */
  private elapsed(active: ActiveInvoke): number {
    return active.timer?.elapsedMs ?? performance.now() - active.startedAt;
  }

  private finish(result: NonNullable<ActiveInvoke['result']>, status: Report['status']): void {
    const active = this.active!;
    active.timer?.clear();
    const initDurationMs = this.initReported ? undefined : this.initDurationMs;
    this.initReported = true;
    const report: Report = {
      requestId: active.requestId,
      durationMs: result.durationMs,
      billedDurationMs: billedDuration(result.durationMs, initDurationMs, this.spec.timeoutSeconds * 1000),
      memorySizeMb: this.spec.memorySizeMb,
      maxMemoryUsedMb: this.process.maxMemoryUsedMb(),
      initDurationMs,
      status,
      errorType: status === 'success' ? undefined : result.error,
    };
    this.platform({ type: 'end', requestId: active.requestId, report });
    this.platform({ type: 'report', report });
    this.active = undefined;
    if (this.state === 'busy') this.state = 'ready';
    // Lambda resets the environment after a crash or a timeout: the next invoke starts cold.
    if (status === 'timeout' || status === 'error') this.reset();
    const tail = Buffer.from(active.tail.join(''), 'utf8');
    active.resolve({
      requestId: active.requestId,
      payload: result.payload,
      functionError: result.error ? 'Unhandled' : undefined,
      report,
      logTail: tail.subarray(Math.max(0, tail.length - TAIL_BYTES)).toString('utf8'),
    });
  }

  private platform(record: PlatformRecord): void {
    const requestId = record.type === 'report' ? record.report.requestId : record.requestId;
    this.log({ stream: 'platform', line: this.spec.formatPlatform(record), requestId, record });
  }

  private log(event: LogEvent): void {
    event.logStreamName = this.spec.logStreamName;
    const active = this.active;
    if (active && event.requestId === active.requestId) {
      active.tail.push(`${event.line}\n`);
      // Only the last 4 KB is ever returned; keep a little more than that.
      if (active.tail.length > 64) active.tail.splice(0, active.tail.length - 64);
    }
    this.spec.onLog(event);
  }
}

function errorTypeOf(payload: string, headers: IncomingHttpHeaders): string {
  try {
    const type = (JSON.parse(payload) as { errorType?: unknown }).errorType;
    if (typeof type === 'string') return type;
  } catch {
    // Not JSON: the runtime's error-type header names it, else Lambda's fallback.
  }
  return String(headers['lambda-runtime-function-error-type'] ?? 'Runtime.Unknown');
}
