/**
 * Whether a configured secret (AUTH_SECRET) is strong enough to sign tokens in production.
 *
 * The rule, in the README too. A secret must be
 * 1. at least 32 bytes (UTF-8);
 * 2. at least 2.5 bits of Shannon entropy per character, over its own characters;
 * 3. not one shorter block repeated (`abcabc…`, `'0123456789' × 4`, `Secret!Secret!…`);
 * 4. not a run: no single step between neighbouring characters (`+1` in `abcdef…`, `0` in
 *    `aaaa…`) may make up more than half of the steps;
 * 5. at least 256 bits by estimate: its length times the bits a character of its alphabet can
 *    carry. Only hex digits: 4 bits; the base64 or base64url alphabet (padding `=` not counted):
 *    6 bits; anything else: log2 of the size of the character classes it uses (lower case 26,
 *    upper case 26, digits 10, ASCII punctuation and space 33, anything else 95), at most
 *    log2(95), all of printable ASCII.
 *
 * So `openssl rand -hex 32` (64 × 4 = 256) and `openssl rand -base64 32` (43 × 6 = 258) pass;
 * `-hex 16` (128) and `-base64 16` (132) do not. Random secrets pass 2-4 with a wide margin: over
 * 300,000 samples each, 32 random hex characters never went below 2.7 bits per character nor
 * above a 0.33 share of one step. Passphrases of real words pass too when long enough. The rule
 * cannot prove randomness (the estimate is what the alphabet could carry, an upper bound); it
 * refuses the placeholders people actually type and secrets too short to hold 32 random bytes.
 */
const MIN_SECRET_BYTES = 32;
const MIN_BITS_PER_CHARACTER = 2.5;
const MAX_SHARE_OF_ONE_STEP = 0.5;
const MIN_ESTIMATED_BITS = 256;

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
  const estimate = estimatedBits(secret);
  if (estimate.bits < MIN_ESTIMATED_BITS) {
    return `it can hold at most ${Math.floor(estimate.bits)} bits of randomness (${estimate.characters} ${estimate.alphabet} characters × ${round2(estimate.bitsPerCharacter)} bits), at least ${MIN_ESTIMATED_BITS} (32 random bytes) are needed`;
  }
  return null;
}

function shannonBitsPerCharacter(characters: readonly string[]): number {
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
function repeatingPeriod(characters: readonly string[]): number {
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

const HEX = /^[0-9A-Fa-f]+$/;
/** Standard (`+/`) or URL-safe (`-_`) base64, with its padding at the end only. */
const BASE64 = /^(?:[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}$/;
const CHARACTER_CLASSES: readonly { pattern: RegExp; size: number }[] = [
  { pattern: /[a-z]/, size: 26 },
  { pattern: /[A-Z]/, size: 26 },
  { pattern: /[0-9]/, size: 10 },
  { pattern: /[ !-/:-@[-`{-~]/, size: 33 },
  { pattern: /[^ -~]/, size: 95 },
];
const MAX_BITS_PER_CHARACTER = Math.log2(95);

/** What `secret`'s alphabet lets its characters carry at most, in bits. */
function estimatedBits(secret: string): { bits: number; characters: number; alphabet: string; bitsPerCharacter: number } {
  const estimate = (characters: number, alphabet: string, bitsPerCharacter: number) => ({ bits: characters * bitsPerCharacter, characters, alphabet, bitsPerCharacter });
  if (HEX.test(secret)) return estimate(secret.length, 'hex', 4);
  if (BASE64.test(secret)) return estimate(secret.replace(/=+$/, '').length, 'base64', 6);
  const characters = [...secret];
  const pool = CHARACTER_CLASSES.filter(({ pattern }) => characters.some((c) => pattern.test(c))).reduce((sum, { size }) => sum + size, 0);
  return estimate(characters.length, 'mixed', Math.min(Math.log2(pool), MAX_BITS_PER_CHARACTER));
}

function round2(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
