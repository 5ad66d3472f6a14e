// Starting fixture functions for the runtime suites: a FunctionConfig for a handler under
// test/fixtures/runtime/, with every log event collected for assertions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalFunction, type LogEvent, type StartOptions } from '../../runtime';
import type { FunctionConfig } from '../../template-model';
import { fixturesDir } from '../support/paths';

export const runtimeFixtures = join(fixturesDir, 'runtime');

export function fixtureConfig(codeDir: string, handler: string, overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    id: 'Fixture',
    functionName: 'fixture-fn',
    handler,
    runtime: 'nodejs20.x',
    codeDir,
    memorySize: 128,
    timeout: 3,
    environment: {},
    logFormat: 'Text',
    architecture: 'x86_64',
    region: 'eu-west-1',
    unresolved: [],
    ...overrides,
  };
}

export interface Started {
  fn: LocalFunction;
  logs: LogEvent[];
  /** Log lines (all streams) of one request. */
  linesOf(requestId: string): string[];
}

export async function startFixture(codeDir: string, handler: string, overrides: Partial<FunctionConfig> = {}, options: Partial<StartOptions> = {}): Promise<Started> {
  const logs: LogEvent[] = [];
  const fn = await LocalFunction.start({ config: fixtureConfig(codeDir, handler, overrides), templateDir: runtimeFixtures, onLog: (e) => logs.push(e), ...options });
  return { fn, logs, linesOf: (requestId) => logs.filter((e) => e.requestId === requestId).map((e) => e.line) };
}

/**
 * True while a process with this pid lives: a zombie waiting to be reaped is dead, and so is a process with
 * SIGKILL pending (it cannot run again; the kernel just has not finished it yet).
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return !existsSync('/proc');
  }
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '';
  const sigkillPending = ['SigPnd', 'ShdPnd'].some((name) => (BigInt(`0x${field(name) || '0'}`) & 0x100n) !== 0n);
  return !/^[ZX]/.test(field('State')) && !sigkillPending;
}

/** Call inside a describe(): a `start` like startFixture whose functions are stopped after each test. */
export function useFixtures(): typeof startFixture {
  const running: Started[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.fn.stop()));
  });
  return async (...args) => {
    const started = await startFixture(...args);
    running.push(started);
    return started;
  };
}
