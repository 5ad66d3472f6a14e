// A one-shot timer that can be paused: the Lambda clock of an invocation stops while a debugger holds
// the process at a breakpoint (suspendTimeout/resumeTimeout in the library API).

export class SuspendableTimer {
  private handle: NodeJS.Timeout | undefined;
  private remainingMs: number;
  private startedAt = 0;
  private suspended = false;

  constructor(
    private readonly ms: number,
    private readonly onFire: () => void,
  ) {
    this.remainingMs = ms;
    this.arm();
  }

  /** How long the clock has run so far, suspensions left out. */
  get elapsedMs(): number {
    return this.ms - this.remainingMs + (this.handle ? performance.now() - this.startedAt : 0);
  }

  suspend(): void {
    if (this.suspended || !this.handle) return;
    this.stopClock();
    this.suspended = true;
  }

  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.arm();
  }

  clear(): void {
    this.stopClock();
    this.suspended = false;
  }

  private stopClock(): void {
    if (!this.handle) return;
    clearTimeout(this.handle);
    this.handle = undefined;
    this.remainingMs -= performance.now() - this.startedAt;
  }

  private arm(): void {
    this.startedAt = performance.now();
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.remainingMs = 0;
      this.onFire();
    }, Math.max(0, this.remainingMs));
  }
}
