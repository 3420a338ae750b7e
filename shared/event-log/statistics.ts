/**
 * Order statistics on measured times. Quantiles interpolate linearly between the two nearest
 * ranks (Hyndman & Fan type 7, what spreadsheets' PERCENTILE.INC and NumPy's default do), so a
 * facilitator who checks a median in a spreadsheet gets the same figure.
 */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

/** A growable list of numbers without boxing each one. */
export type Samples = { push(value: number): void; values(): Float64Array };

export function createSamples(): Samples {
  let buffer = new Float64Array(64);
  let length = 0;
  return {
    push(value) {
      if (length === buffer.length) {
        const bigger = new Float64Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      buffer[length] = value;
      length += 1;
    },
    values: () => buffer.subarray(0, length),
  };
}
