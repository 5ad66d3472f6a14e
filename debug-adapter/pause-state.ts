// The debuggee's stopped state: why it paused (breakpoint, step, exception, pause, entry), its call
// frames mapped to authored positions with the user's code first, and the step/continue commands.
import { Handles } from '@vscode/debugadapter';
import type { CdpConnection } from './cdp/connection';
import type { CallFrame, PausedEvent } from './cdp/protocol';
import type { Breakpoints } from './breakpoints';
import type { Sources } from './sources';
import type { Variables } from './variables';

export type StopReason = 'breakpoint' | 'step' | 'exception' | 'pause' | 'entry';

export interface Stop {
  reason: StopReason;
  description?: string;
  text?: string;
  hitBreakpointIds?: number[];
}

/** A stack frame with an authored, 0-based position; `path` undefined for code without a file. */
export interface FrameInfo {
  id: number;
  name: string;
  path?: string;
  line: number;
  column: number;
  kind: 'user' | 'library' | 'internal';
}

export interface PauseListener {
  onDidStop(stop: Stop): void;
  onDidContinue(): void;
}

export class PauseState {
  private current: PausedEvent | undefined;
  private frames = new Handles<CallFrame>();
  private expecting: 'step' | 'pause' | undefined;
  private entryBreakpointId: string | undefined;

  constructor(
    private readonly cdp: CdpConnection,
    private readonly sources: Sources,
    private readonly breakpoints: Breakpoints,
    private readonly variables: Variables,
    private readonly listener: PauseListener,
  ) {
    cdp.on<PausedEvent>('Debugger.paused', (event) => void this.paused(event).catch((error: unknown) => this.fail(error)));
    cdp.on('Debugger.resumed', () => this.resumed());
  }

  /** stopOnEntry: a one-shot stop on the first statement of the handler's file. */
  async setEntry(url: string): Promise<void> {
    const result = await this.cdp.send<{ breakpointId: string }>('Debugger.setBreakpointByUrl', { url, lineNumber: 0 });
    this.entryBreakpointId = result.breakpointId;
  }

  get isStopped(): boolean {
    return this.current !== undefined;
  }

  async stackTrace(): Promise<FrameInfo[]> {
    const frames: FrameInfo[] = [];
    for (const frame of this.current?.callFrames ?? []) {
      const at = await this.sources.toAuthored(frame.location.scriptId, { lineNumber: frame.location.lineNumber, columnNumber: frame.location.columnNumber ?? 0 });
      // Node's own frames (node:internal/…) have no file to show; they would only push the user's down.
      if (!at) continue;
      const kind = this.sources.kindOf(at.path);
      frames.push({ id: this.frames.create(frame), name: frame.functionName || '<anonymous>', path: at.path, line: at.line, column: at.column, kind });
    }
    return frames;
  }

  callFrame(frameId: number | undefined): CallFrame | undefined {
    return frameId === undefined ? this.current?.callFrames[0] : this.frames.get(frameId);
  }

  async resume(): Promise<void> {
    this.resumed();
    await this.command('Debugger.resume');
  }

  async step(kind: 'over' | 'in' | 'out'): Promise<void> {
    this.expecting = 'step';
    // The Lambda clock restarts now: the function may finish before the inspector reports `resumed`.
    this.resumed();
    await this.command(kind === 'over' ? 'Debugger.stepOver' : kind === 'in' ? 'Debugger.stepInto' : 'Debugger.stepOut');
  }

  async pause(): Promise<void> {
    this.expecting = 'pause';
    await this.command('Debugger.pause');
  }

  /** Run-control commands race the function's end: once it has ended, there is nothing to control. */
  private async command(method: string): Promise<void> {
    try {
      await this.cdp.send(method);
    } catch (error) {
      if (!this.cdp.isClosed) throw error;
    }
  }

  private async paused(event: PausedEvent): Promise<void> {
    const stop = this.classify(event);
    if (!stop) {
      await this.resume();
      return;
    }
    this.current = event;
    this.listener.onDidStop(stop);
  }

  private classify(event: PausedEvent): Stop | undefined {
    const expecting = this.expecting;
    this.expecting = undefined;
    // --inspect-brk holds the runtime's first line; the user's entry is their handler file.
    if (event.reason === 'Break on start') return undefined;
    if (this.entryBreakpointId && event.hitBreakpoints?.includes(this.entryBreakpointId)) {
      void this.cdp.send('Debugger.removeBreakpoint', { breakpointId: this.entryBreakpointId }).catch((e: unknown) => this.fail(e));
      this.entryBreakpointId = undefined;
      return { reason: 'entry' };
    }
    if (event.reason === 'exception' || event.reason === 'promiseRejection') {
      const description = event.data?.description?.split('\n')[0] ?? 'Exception';
      return { reason: 'exception', description: 'Paused on exception', text: description };
    }
    if (event.hitBreakpoints?.length) {
      const hit = this.breakpoints.shouldStop(event.hitBreakpoints);
      if (hit.length > 0) return { reason: 'breakpoint', hitBreakpointIds: hit };
      return expecting ? { reason: expecting } : undefined;
    }
    return { reason: expecting ?? 'pause' };
  }

  private resumed(): void {
    if (!this.current) return;
    this.current = undefined;
    this.frames = new Handles<CallFrame>();
    this.variables.reset();
    this.listener.onDidContinue();
  }

  /** A pause we could not handle must not leave the function frozen: report it and let it run. */
  private fail(error: unknown): void {
    process.stderr.write(`lambda debug adapter: pause handling failed: ${String(error)}\n`);
    if (!this.current && !this.cdp.isClosed) void this.resume().catch((e: unknown) => process.stderr.write(`lambda debug adapter: resume failed: ${String(e)}\n`));
  }
}
