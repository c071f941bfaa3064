import type { Fen } from '../money.js';

/**
 * Split `total` fen across parts in proportion to `weights`, using the largest-remainder
 * (Hamilton) method, so that the parts are integers that sum exactly to `total`.
 *
 * - Every part is floor or ceil of its exact share `total * w[i] / sum(w)`, hence within 1 fen
 *   of it, and never negative.
 * - The leftover fen after flooring go one each to the parts with the largest remainders;
 *   equal remainders are broken by index, earlier index first. Deterministic for equal input.
 * - All weights zero (or all parts weightless): treated as equal weights, i.e. `total` is split
 *   evenly and the leftover fen go to the earliest indices ([10] over 3 -> [4, 3, 3]).
 * - No weights: returns [] when `total` is 0; otherwise throws, as there is nowhere to put it.
 * - Arithmetic is done in BigInt, so results are exact over the whole safe-integer range.
 *
 * Throws RangeError when `total` or any weight is negative or not a safe integer.
 */
export function allocateProportionally(total: Fen, weights: readonly number[]): Fen[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`total must be a non-negative integer number of fen, got ${total}`);
  }
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`weights[${i}] must be a non-negative integer, got ${w}`);
    }
  });
  const n = weights.length;
  if (n === 0) {
    if (total === 0) return [];
    throw new RangeError(`cannot allocate ${total} fen across zero weights`);
  }

  let effective = weights.map((w) => BigInt(w));
  let weightSum = effective.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) {
    effective = effective.map(() => 1n);
    weightSum = BigInt(n);
  }

  const bigTotal = BigInt(total);
  const parts: bigint[] = [];
  // Remainders share the denominator weightSum, so comparing numerators is exact.
  const remainders: { index: number; remainder: bigint }[] = [];
  let allocated = 0n;
  for (let i = 0; i < n; i++) {
    const numerator = bigTotal * effective[i]!;
    const floor = numerator / weightSum;
    parts.push(floor);
    allocated += floor;
    remainders.push({ index: i, remainder: numerator % weightSum });
  }

  // Leftover is strictly less than n (each floor loses < 1 fen).
  let leftover = Number(bigTotal - allocated);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (leftover === 0) break;
    parts[index]! += 1n;
    leftover -= 1;
  }

  return parts.map((p) => Number(p));
}
