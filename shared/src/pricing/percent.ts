import type { Fen } from '../money.js';

/**
 * floor(amount * percent / 100) in exact integer arithmetic, for any safe-integer amount:
 * amount = 100a + b gives a * percent + floor(b * percent / 100), and neither product can leave
 * the safe-integer range (percent <= 100), whereas amount * percent could.
 */
export function percentOf(amount: Fen, percent: number): Fen {
  const hundreds = Math.floor(amount / 100);
  const rest = amount % 100;
  return hundreds * percent + Math.floor((rest * percent) / 100);
}
