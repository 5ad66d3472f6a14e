// The child process of one execution environment: spawned in its own process group (so stop() also ends
// anything the function started), its output as lines, the debugger's address, and the memory watchdog.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { DebugListen } from './debug-listen';
import { guardFrozenGroup, releaseFrozenGroup } from './frozen-groups';
import { readLines } from './output-lines';
import { residentMemory } from './memory';

export interface RuntimeProcessSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Starts the runtime under its debugger; spawn() resolves once the debugger's address is announced. */
  debug?: DebugListen;
  memoryLimitMb: number;
  onLine(stream: 'stdout' | 'stderr', line: string): void;
  onExit(exit: ProcessExit): void;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by the RSS watchdog, or V8 aborted on its heap limit. */
  outOfMemory: boolean;
}

const WATCHDOG_MS = 50;
const groupKill = process.platform !== 'win32';

export class RuntimeProcess {
  /** The debugger's address as announced (Node: the inspector's ws:// URL; Python: debugpy's host:port). */
  debuggerAddress: string | undefined;
  private peakMb = 0;
  private outOfMemory = false;
  private frozen = false;
  private readonly watchdog: NodeJS.Timeout;
  readonly exited: Promise<unknown>;

  private constructor(
    private readonly child: ChildProcess,
    spec: RuntimeProcessSpec,
  ) {
    // 'close': the process has exited and everything it wrote has been read.
    this.exited = once(child, 'close');
    this.watchdog = setInterval(() => this.sample(spec.memoryLimitMb), WATCHDOG_MS).unref();
    child.on('exit', (code, signal) => {
      clearInterval(this.watchdog);
      this.unfrozen();
      spec.onExit({ code, signal, outOfMemory: this.outOfMemory });
    });
  }

  static async spawn(spec: RuntimeProcessSpec): Promise<RuntimeProcess> {
    const { debug } = spec;
    const child = spawn(spec.command, [...(debug?.args ?? []), ...spec.args], {
      cwd: spec.cwd,
      env: { ...spec.env, ...debug?.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: groupKill,
    });
    const proc = new RuntimeProcess(child, spec);
    let announceDebugger: ((address: string) => void) | undefined;
    let debuggerFailure: Error | undefined;
    const debuggerReady = new Promise<string>((resolve) => (announceDebugger = resolve));
    readLines(child.stdout!, (line) => spec.onLine('stdout', line));
    readLines(child.stderr!, (line) => {
      if (/JavaScript heap out of memory/.test(line)) proc.outOfMemory = true;
      if (debug) {
        const address = debug.announcement.exec(line)?.[1];
        if (address) announceDebugger?.(address);
        debuggerFailure ??= debug.failure?.(line);
        if (debug.noise.some((noise) => noise.test(line))) return;
      }
      spec.onLine('stderr', line);
    });
    await once(child, 'spawn');
    if (debug) {
      proc.debuggerAddress = await Promise.race([debuggerReady, proc.exited.then(() => undefined)]);
      if (!proc.debuggerAddress) throw debuggerFailure ?? new Error(`The runtime exited before its debugger listened: ${spec.command} ${spec.args.join(' ')}`);
    }
    return proc;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Peak resident memory so far, in whole MB as REPORT prints it. */
  maxMemoryUsedMb(): number {
    this.sample(Infinity);
    return Math.ceil(this.peakMb);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL to the whole process group, as Lambda ends an environment after its shutdown phase. */
  kill(): void {
    this.signal('SIGKILL');
    this.unfrozen();
  }

  /**
   * Lambda freezes an environment while it waits for its next event: nothing in it runs (timers, sockets,
   * processes it started) until the next invoke thaws it. Not on Windows, which has no such signal.
   */
  freeze(): void {
    if (!groupKill || this.frozen || !this.alive) return;
    this.signal('SIGSTOP');
    this.frozen = true;
    guardFrozenGroup(this.pid);
  }

  thaw(): void {
    if (!this.frozen) return;
    this.signal('SIGCONT');
    this.unfrozen();
  }

  private unfrozen(): void {
    if (!this.frozen) return;
    this.frozen = false;
    releaseFrozenGroup(this.pid);
  }

  /** To the whole process group where there is one (POSIX), so that what the function started goes too. */
  private signal(signal: NodeJS.Signals): void {
    if (!groupKill) {
      this.child.kill(signal);
      return;
    }
    try {
      process.kill(-this.pid, signal);
    } catch (error) {
      // ESRCH: the group is already gone.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }

  private sample(limitMb: number): void {
    const memory = residentMemory(this.pid);
    if (!memory) return;
    this.peakMb = Math.max(this.peakMb, memory.peakMb, memory.rssMb);
    if (memory.rssMb > limitMb && this.alive) {
      this.outOfMemory = true;
      this.kill();
    }
  }
}
