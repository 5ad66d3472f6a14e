// "Did you mean …?": the closest known names to a misspelt one, best first (for `data.replacements`).

/** Levenshtein distance with adjacent swaps, case-insensitive (a wrong case costs a little). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  let beforePrevious = previous;
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      // Two swapped neighbours (pyhton) are one slip.
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[y.length] + (a !== b && x === y ? 0.5 : 0);
}

/** Up to `limit` candidates close enough to `name` to be what the author meant. */
export function closest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const budget = Math.max(2, Math.floor(name.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    // One name extending the other (IsProd / IsProduction) is a likely slip whatever the length difference.
    const a = name.toLowerCase();
    const b = candidate.toLowerCase();
    if (Math.min(a.length, b.length) >= 3 && a !== b && (a.startsWith(b) || b.startsWith(a))) {
      scored.push([candidate, Math.max(1, Math.ceil(Math.abs(a.length - b.length) / 3))]);
      continue;
    }
    if (Math.abs(candidate.length - name.length) > budget) continue;
    const d = distance(name, candidate);
    if (d <= budget) scored.push([candidate, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  // Only the near-best: a far second guess is noise (and a one-slip match stands alone).
  const best = scored[0]?.[1] ?? 0;
  return scored.filter(([, d]) => d <= (best <= 1 ? best : best + 1)).slice(0, limit).map(([c]) => c);
}

/** ` Did you mean X?` or empty, to end a message with. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
}
