import { distanceMeters, type LatLng } from '../stores/geo.js';

/** What the buyer is told about arrival: a store delivers today, the warehouse in 1-3 days. */
export function deliveryEta(fromStore: boolean): string {
  return fromStore ? '门店发货，预计今日送达' : '仓库发货，预计 1-3 天送达';
}

/** A store a delivery could be split across: where it is, how far it delivers, what it has available per SKU. */
export interface SplitCandidate {
  storeId: number;
  position: LatLng;
  radiusMeters: number;
  available: ReadonlyMap<number, number>;
}

/** One place a delivery ships from and the SKUs it ships: a store (same day) or the warehouse (storeId null). */
export interface DispatchPart {
  storeId: number | null;
  skuIds: number[];
}

/**
 * Where each line of a delivery ships from. The nearest covering store that holds every line
 * ships all of it; failing that, the warehouse does, unless `allowSplit`: then each line ships
 * whole from the nearest covering store that still has it (a store serving several lines is
 * one part), and every other line from the warehouse. Parts come nearest store first, the
 * warehouse last; a single part is the unsplit answer. No coordinates: the warehouse.
 */
export function planDelivery(
  destination: { latitude?: number | null; longitude?: number | null } | null,
  lines: readonly { skuId: number; quantity: number }[],
  candidates: readonly SplitCandidate[],
  allowSplit: boolean,
): DispatchPart[] {
  const everything: DispatchPart[] = [{ storeId: null, skuIds: lines.map((l) => l.skuId) }];
  if (!destination || typeof destination.latitude !== 'number' || typeof destination.longitude !== 'number') return everything;
  const to: LatLng = { latitude: destination.latitude, longitude: destination.longitude };
  const covering = candidates
    .map((candidate) => ({ candidate, distance: distanceMeters(candidate.position, to) }))
    .filter(({ candidate, distance }) => distance <= candidate.radiusMeters)
    .sort((a, b) => a.distance - b.distance || a.candidate.storeId - b.candidate.storeId);
  const whole = covering.find(({ candidate }) => holdsAll(candidate.available, lines));
  if (whole) return [{ storeId: whole.candidate.storeId, skuIds: lines.map((l) => l.skuId) }];
  if (!allowSplit) return everything;

  const left = new Map(covering.map(({ candidate }) => [candidate.storeId, new Map(candidate.available)]));
  const byStore = new Map<number | null, number[]>();
  for (const line of lines) {
    const from = covering.find(({ candidate }) => (left.get(candidate.storeId)!.get(line.skuId) ?? 0) >= line.quantity)?.candidate.storeId ?? null;
    if (from !== null) {
      const stock = left.get(from)!;
      stock.set(line.skuId, (stock.get(line.skuId) ?? 0) - line.quantity);
    }
    byStore.set(from, [...(byStore.get(from) ?? []), line.skuId]);
  }
  const order = [...covering.map(({ candidate }) => candidate.storeId), null];
  return order.filter((storeId) => byStore.has(storeId)).map((storeId) => ({ storeId, skuIds: byStore.get(storeId)! }));
}

function holdsAll(available: ReadonlyMap<number, number>, lines: readonly { skuId: number; quantity: number }[]): boolean {
  const needed = new Map<number, number>();
  for (const line of lines) needed.set(line.skuId, (needed.get(line.skuId) ?? 0) + line.quantity);
  return [...needed].every(([skuId, quantity]) => (available.get(skuId) ?? 0) >= quantity);
}

/**
 * A split delivery's arrival: the latest part's (the warehouse's when it ships a part), then
 * each part's own, e.g. "分 2 处发货，预计 1-3 天全部送达（栖行 静安体验店 今日送达 1 件，仓库 1-3 天送达 2 件）".
 */
export function splitDeliveryEta(parts: readonly { storeName: string | null; units: number }[]): string {
  const latest = parts.some((p) => p.storeName === null) ? '预计 1-3 天全部送达' : '预计今日全部送达';
  const each = parts.map((p) => (p.storeName === null ? `仓库 1-3 天送达 ${p.units} 件` : `${p.storeName} 今日送达 ${p.units} 件`)).join('，');
  return `分 ${parts.length} 处发货，${latest}（${each}）`;
}
