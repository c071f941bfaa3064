/** A repeatable pseudo-random integer source for generated test cases: `random(n)` is in [0, n). */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(state / 65_536) % n; // the high bits: an LCG's low bits cycle
  };
}
