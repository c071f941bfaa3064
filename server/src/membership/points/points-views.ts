import type { PointsEntryView } from '@shop/shared';
import type { PointsEntry } from './points-entry.entity.js';

export function pointsEntryView(e: PointsEntry): PointsEntryView {
  return {
    id: e.id,
    delta: e.delta,
    kind: e.kind,
    orderId: e.orderId,
    reference: e.reference,
    expiresAt: e.expiresAt ? new Date(e.expiresAt).toISOString() : null,
    createdAt: new Date(e.createdAt).toISOString(),
  };
}
