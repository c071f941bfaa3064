import { Text, View } from '@tarojs/components';
import { Icon, type IconName } from '../../components/Icon';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ORDER_TABS, type OrderTabKey } from '../../lib/order-tabs';
import { PAGES, openPage, pageUrl, type PagePath, type PageParams } from '../../lib/routes';
import { clearSession, readSession, type Session } from '../../lib/session';
import { goToLogin } from '../../lib/login-redirect';
import { MEMBER_PAGES } from '../../lib/member-routes';
import './index.scss';

interface Entry {
  icon: IconName;
  label: string;
  path: PagePath;
  params?: PageParams;
}

/** The list under the order shortcuts; other areas add their pages here (one line each). */
const ENTRIES: readonly Entry[] = [
  { icon: 'package', label: '我的订单', path: PAGES.orders },
  { icon: 'location', label: '收货地址', path: PAGES.addresses },
  { icon: 'crown', label: '会员中心', path: MEMBER_PAGES.centre },
  { icon: 'coupon', label: '我的优惠券', path: MEMBER_PAGES.coupons },
  { icon: 'gift', label: '领券中心', path: MEMBER_PAGES.couponCentre },
  { icon: 'user', label: '个人资料', path: MEMBER_PAGES.profile },
  { icon: 'store', label: '附近门店', path: MEMBER_PAGES.stores },
];

const SHORTCUTS: readonly { key: OrderTabKey; icon: IconName }[] = [
  { key: 'pending_payment', icon: 'card' },
  { key: 'awaiting_shipment', icon: 'package' },
  { key: 'awaiting_pickup', icon: 'store' },
  { key: 'shipped', icon: 'truck' },
  { key: 'aftersales', icon: 'return' },
];

/** 我的: who is signed in, order shortcuts by status, and the entries to the member's pages. */
export default function MePage() {
  const [session, setSession] = useState<Session | null>(() => readSession());
  useDidShow(() => setSession(readSession()));

  const open = (path: PagePath, params?: PageParams) => (session ? openPage(path, params) : goToLogin(pageUrl(path, params)));

  return (
    <View className='me'>
      <View className='me__header' onClick={() => !session && goToLogin(PAGES.me)} data-testid='me-header'>
        <View className='me__avatar'>{session ? session.nickname.slice(0, 1) : '?'}</View>
        <View>
          <Text className='me__name' data-testid='me-name'>{session ? session.nickname : '点击登录'}</Text>
          <Text className='me__sub'>{session ? '栖行会员' : '登录后享会员价、领优惠券'}</Text>
        </View>
      </View>

      <View className='me__card'>
        <View className='me__card-head' onClick={() => open(PAGES.orders)}>
          <Text className='me__card-title'>我的订单</Text>
          <Text className='me__more'>全部订单 ›</Text>
        </View>
        <View className='me__shortcuts'>
          {SHORTCUTS.map(({ key, icon }) => (
            <View key={key} className='me__shortcut' onClick={() => open(PAGES.orders, { tab: key })} data-testid={`me-orders-${key}`}>
              <Icon name={icon} size={44} color='#333' className='me__shortcut-icon' />
              <Text className='me__shortcut-label'>{ORDER_TABS.find((t) => t.key === key)?.label}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className='me__card'>
        {ENTRIES.map((entry) => (
          <View key={entry.label} className='me__entry' onClick={() => open(entry.path, entry.params)}>
            <Icon name={entry.icon} size={36} color='#666' />
            <Text className='me__entry-label'>{entry.label}</Text>
            <Text className='me__more'>›</Text>
          </View>
        ))}
      </View>

      {session ? (
        <View
          className='me__logout'
          onClick={() => {
            clearSession();
            setSession(null);
          }}
        >
          退出登录
        </View>
      ) : null}
    </View>
  );
}

