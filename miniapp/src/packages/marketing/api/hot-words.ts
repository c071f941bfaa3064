import type { AdminHotWordList, AdminHotWordView, HotWordUpdateRequest } from '@shop/shared';
import { marketingRequest } from './marketing-http';

const BASE = '/admin/hot-words';

/** The list in the search page's order; the page shows a failed load itself. */
export async function fetchHotWordList(): Promise<AdminHotWordView[]> {
  return (await marketingRequest<AdminHotWordList>(BASE, { quiet: true })).items;
}

/** Adds a word at the end; the form shows a refusal under its field. Answers with the whole list. */
export async function createHotWord(word: string): Promise<AdminHotWordView[]> {
  return (await marketingRequest<AdminHotWordList>(BASE, { method: 'POST', body: { word }, quiet: true })).items;
}

/** Renames, moves or switches a word; the page shows refusals itself. Answers with the whole list. */
export async function updateHotWord(id: number, change: HotWordUpdateRequest): Promise<AdminHotWordView[]> {
  return (await marketingRequest<AdminHotWordList>(`${BASE}/${id}`, { method: 'PATCH', body: change, quiet: true })).items;
}

export async function deleteHotWord(id: number): Promise<AdminHotWordView[]> {
  return (await marketingRequest<AdminHotWordList>(`${BASE}/${id}`, { method: 'DELETE', quiet: true })).items;
}
