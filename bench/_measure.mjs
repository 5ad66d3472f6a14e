// Timing helpers shared by the benchmark scripts: repeat, median, percentiles.
import { performance } from 'node:perf_hooks';

export async function sample(times, fn) {
  const durations = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn(i);
    durations.push(performance.now() - start);
  }
  return durations;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values) => percentile(values, 50);
export const round = (value, digits = 2) => Number(value.toFixed(digits));

/**
 * Times each of `fns` once per round, for `times` rounds after one unrecorded warm-up round: measures that are
 * compared (ours and its floor) then see the same machine load, which a shared machine changes by the second.
 */
export async function sampleInterleaved(times, fns) {
  const durations = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  for (let round = -1; round < times; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      const start = performance.now();
      await fn(round);
      if (round >= 0) durations[name].push(performance.now() - start);
    }
  }
  return durations;
}
