import type { ConsentKind } from '@shop/shared';
import { isRecord, storageSlot, type StorageSlot } from '../../../lib/storage';

/** The version of the texts the member agrees to; bump it when the policy changes. */
export const CONSENT_VERSION = '2026-11';

export const CONSENT_ITEMS: readonly { kind: ConsentKind; title: string; description: string }[] = [
  { kind: 'privacy', title: '隐私政策', description: '同意按《栖行隐私政策》处理我的会员信息' },
  { kind: 'marketing', title: '优惠消息', description: '接收上新、优惠券和会员活动通知' },
];

export type ConsentChoices = Partial<Record<ConsentKind, boolean>>;

function isConsentChoices(value: unknown): value is ConsentChoices {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'boolean');
}

/**
 * The member's last choices as recorded from this device. The server keeps the record but has
 * no read endpoint yet (miniapp-requests.md), so the switches start from what was sent here.
 */
export function consentMemory(memberId: number): StorageSlot<ConsentChoices> {
  return storageSlot(`member.consents.${memberId}`, isConsentChoices);
}
