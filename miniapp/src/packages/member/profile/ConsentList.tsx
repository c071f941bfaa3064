import { Switch, Text, View } from '@tarojs/components';
import type { ConsentKind } from '@shop/shared';
import { useMemo, useState } from 'react';
import { recordConsent } from '../../../api';
import { toastSuccess } from '../../../lib/toast';
import { CONSENT_ITEMS, CONSENT_VERSION, consentMemory, type ConsentChoices } from '../lib/consents';

/** 隐私与通知: each switch records the member's consent (with the policy version) on the server. */
export function ConsentList({ memberId }: { memberId: number }) {
  const memory = useMemo(() => consentMemory(memberId), [memberId]);
  const [choices, setChoices] = useState<ConsentChoices>(() => memory.read() ?? {});
  const [saving, setSaving] = useState<ConsentKind | null>(null);

  const change = async (kind: ConsentKind, granted: boolean) => {
    if (saving) return;
    const before = choices;
    const next = { ...choices, [kind]: granted };
    setChoices(next);
    setSaving(kind);
    try {
      await recordConsent(kind, granted, CONSENT_VERSION);
      memory.write(next);
      toastSuccess(granted ? '已开启' : '已关闭');
    } catch {
      setChoices(before);
    } finally {
      setSaving(null);
    }
  };

  return (
    <View className='profile-card'>
      <Text className='profile-card__title'>隐私与通知</Text>
      {CONSENT_ITEMS.map((item) => (
        <View key={item.kind} className='profile-consent'>
          <View className='profile-consent__text'>
            <Text className='profile-consent__title'>{item.title}</Text>
            <Text className='profile-consent__description'>{item.description}</Text>
          </View>
          <Switch checked={choices[item.kind] ?? false} disabled={saving !== null} color='#e4393c' onChange={(e) => void change(item.kind, e.detail.value)} data-testid={`consent-${item.kind}`} />
        </View>
      ))}
    </View>
  );
}
