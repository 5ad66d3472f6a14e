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
