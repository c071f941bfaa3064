/**
 * Hands a choice back from a picker page to the page that opened it (an address for checkout):
 * the picker puts the value here and navigates back, the opener takes it when shown again.
 * Memory is enough: both pages live in the same app instance.
 */
type PickKind = 'address';

const picked = new Map<PickKind, number>();

export function putPicked(kind: PickKind, id: number): void {
  picked.set(kind, id);
}

export function takePicked(kind: PickKind): number | null {
  const id = picked.get(kind) ?? null;
  picked.delete(kind);
  return id;
}
