import { Text, View } from '@tarojs/components';
import type { ReactElement, ReactNode } from 'react';
import { deskPage } from '../../../components/deskPage';
import { replacePage } from '../../../lib/routes';
import { clearMarketerSession, readMarketerSession, type MarketerSession } from '../lib/marketer-session';
import { MARKETING_PAGES } from '../routes';
import './marketing.scss';

export type MarketingSection = 'campaigns' | 'coupons' | 'hotWords' | 'paymentAnomalies';

/** `admin`: a section only admins see (支付异常 lives here until the operations console exists). */
const SECTIONS: readonly { key: MarketingSection; label: string; adminOnly?: boolean }[] = [
  { key: 'campaigns', label: '拼团活动' },
  { key: 'coupons', label: '优惠券' },
  { key: 'hotWords', label: '热搜词' },
  { key: 'paymentAnomalies', label: '支付异常', adminOnly: true },
];

/** The console's frame: who is signed in, its sections as tabs, sign-out. */
export function MarketingShell({ session, active, children }: { session: MarketerSession; active: MarketingSection; children: ReactNode }) {
  const signOut = () => {
    clearMarketerSession();
    replacePage(MARKETING_PAGES.login);
  };
  return (
    <View className='staff'>
      <View className='staff-bar'>
        <View className='staff-bar__who'>
          <Text className='staff-bar__store'>营销后台</Text>
          <Text className='staff-bar__name' data-testid='marketing-name'>{session.displayName}</Text>
        </View>
        <View className='staff-bar__tabs'>
          {SECTIONS.filter((section) => !section.adminOnly || session.role === 'admin').map((section) => (
            <Text
              key={section.key}
              className={`staff-bar__tab${section.key === active ? ' staff-bar__tab--active' : ''}`}
              onClick={() => section.key !== active && replacePage(MARKETING_PAGES[section.key])}
              data-testid={`marketing-nav-${section.key}`}
            >
              {section.label}
            </Text>
          ))}
        </View>
        <Text className='staff-bar__out' onClick={signOut} data-testid='marketing-sign-out'>
          退出
        </Text>
      </View>
      <View className='staff__body'>{children}</View>
    </View>
  );
}

export interface ConsoleProps {
  session: MarketerSession;
}

/** A console page: the desk inside the console's frame, for a signed-in marketer or admin only. */
export function marketingPage(section: MarketingSection, Desk: (props: ConsoleProps) => ReactElement | null) {
  return deskPage(
    () => readMarketerSession(),
    MARKETING_PAGES.login,
    (session) => (
      <MarketingShell session={session} active={section}>
        <Desk session={session} />
      </MarketingShell>
    ),
  );
}
