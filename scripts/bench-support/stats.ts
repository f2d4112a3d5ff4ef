/** Small statistics and timing helpers for the benchmark. */

/** The nearest-rank percentile (0 < p <= 100) of a non-empty list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds one call of `run` takes. */
export async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs `run` `warmup` times untimed, then returns the durations of `runs` timed calls. */
export async function sampleDurations(run: () => Promise<unknown>, options: { readonly warmup: number; readonly runs: number }): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < options.runs; i++) durations.push(await timeOnce(run));
  return durations;
}
