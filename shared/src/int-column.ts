/** Largest value an INT column holds (signed 32 bits): every id, quantity, count and amount input stays within it. */
export const MAX_INT = 2_147_483_647;
