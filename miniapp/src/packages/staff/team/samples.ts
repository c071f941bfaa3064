import type { DisplayMoveView } from '@shop/shared';

/** One SKU at this store: units on sale (available) and display samples (try-on, never sold). */
export interface SampleCounts {
  skuId: number;
  sellable: number;
  samples: number;
}

/** The counts the server answered a move with: sellable = what can still be sold, samples = the samples there (never reserved). */
export function afterMove(skuId: number, moved: DisplayMoveView): SampleCounts {
  return { skuId, sellable: moved.sellable.available, samples: moved.display.available };
}

/** How many units one move can take: the larger end (each button checks its own), at least 1. */
export function moveLimit(counts: SampleCounts): number {
  return Math.max(1, counts.sellable, counts.samples);
}
