import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { replacePage } from '../../../lib/routes';
import { INITIAL_COUNTER, keepCounterDraft } from '../lib/counter';
import { clearStaffSession, isStoreManager, type StaffSession } from '../lib/staff-session';
import { STAFF_PAGES } from '../routes';
import './staff.scss';

export type StaffSection = 'counter' | 'pickup' | 'orders' | 'commission' | 'team';

const SECTIONS: readonly { key: StaffSection; label: string; managersOnly?: true }[] = [
  { key: 'counter', label: '收银台' },
  { key: 'pickup', label: '取货核销' },
  { key: 'orders', label: '今日订单' },
  { key: 'commission', label: '我的提成' },
  { key: 'team', label: '门店管理', managersOnly: true },
];

/**
 * The tablet's frame: store and staff on the left, the desks as big tabs (门店管理 for store
 * managers only), sign-out on the right. Desks replace each other (no page stack to walk back through at the counter).
 */
export function StaffShell({ session, active, children }: { session: StaffSession; active: StaffSection | null; children: ReactNode }) {
  const signOut = () => {
    clearStaffSession();
    keepCounterDraft(INITIAL_COUNTER);
    replacePage(STAFF_PAGES.login);
  };
  return (
    <View className='staff'>
      <View className='staff-bar'>
        <View className='staff-bar__who'>
          <Text className='staff-bar__store' data-testid='staff-store'>{session.storeName ?? `门店 #${session.storeId}`}</Text>
          <Text className='staff-bar__name' data-testid='staff-name'>{session.displayName}</Text>
        </View>
        <View className='staff-bar__tabs'>
          {SECTIONS.filter((section) => !section.managersOnly || isStoreManager(session)).map((section) => (
            <Text
              key={section.key}
              className={`staff-bar__tab${section.key === active ? ' staff-bar__tab--active' : ''}`}
              onClick={() => section.key !== active && replacePage(STAFF_PAGES[section.key])}
              data-testid={`staff-nav-${section.key}`}
            >
              {section.label}
            </Text>
          ))}
        </View>
        <Text className='staff-bar__out' onClick={signOut} data-testid='staff-sign-out'>
          退出
        </Text>
      </View>
      <View className='staff__body'>{children}</View>
    </View>
  );
}
