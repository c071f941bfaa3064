import { memberProfilePatchSchema, type MemberOverviewView, type MemberProfilePatch } from '@shop/shared';

/** The profile form's fields as typed; empty avatar and birthday mean "none". */
export interface ProfileDraft {
  nickname: string;
  avatarUrl: string;
  birthday: string;
}

export function draftOf(member: Pick<MemberOverviewView, 'nickname' | 'avatarUrl' | 'birthday'>): ProfileDraft {
  return { nickname: member.nickname, avatarUrl: member.avatarUrl ?? '', birthday: member.birthday ?? '' };
}

export type ProfileCheck = { ok: true; patch: MemberProfilePatch } | { ok: false; message: string };

const FIELD_MESSAGES: Record<keyof MemberProfilePatch, string> = {
  nickname: '昵称需为 1-60 个字',
  avatarUrl: '头像地址需为 https:// 开头的链接',
  birthday: '生日需为今天之前的日期',
};

/** The fields that changed, checked by the server's own schema; a Chinese message otherwise. */
export function checkProfile(member: Pick<MemberOverviewView, 'nickname' | 'avatarUrl' | 'birthday'>, draft: ProfileDraft): ProfileCheck {
  const before = draftOf(member);
  const patch: MemberProfilePatch = {};
  if (draft.nickname.trim() !== before.nickname) patch.nickname = draft.nickname.trim();
  if (draft.avatarUrl.trim() !== before.avatarUrl) patch.avatarUrl = draft.avatarUrl.trim() || null;
  if (draft.birthday !== before.birthday) patch.birthday = draft.birthday || null;
  if (Object.keys(patch).length === 0) return { ok: false, message: '资料没有变化' };
  const parsed = memberProfilePatchSchema.safeParse(patch);
  if (parsed.success) return { ok: true, patch: parsed.data };
  const field = parsed.error.issues[0]?.path[0] as keyof MemberProfilePatch | undefined;
  return { ok: false, message: (field && FIELD_MESSAGES[field]) ?? '请检查填写的资料' };
}
