// Memory limits of an environment: V8 heap flags sized from MemorySize (as Lambda's Node bootstrap adds them)
// and the child's resident size from /proc, for the RSS watchdog and REPORT's Max Memory Used.
import { readFileSync } from 'node:fs';

/**
 * Lambda's bootstrap sizes the young generation from MemorySize/10 and skips the flags when NODE_OPTIONS
 * already sets either (lambda-runtime-spec §2). The old-space share is not public: the rest of the memory.
 */
export function heapFlags(memorySizeMb: number, nodeOptions: string | undefined): string[] {
  if (/--max[-_](semi|old)[-_]space[-_]size/.test(nodeOptions ?? '')) return [];
  const newSpace = Math.max(3, Math.floor(memorySizeMb / 10));
  return [`--max-semi-space-size=${Math.max(1, Math.floor(newSpace / 3))}`, `--max-old-space-size=${memorySizeMb - newSpace}`];
}

/** Current and peak resident set size in MB, or undefined where /proc is unavailable (not Linux, or gone). */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
