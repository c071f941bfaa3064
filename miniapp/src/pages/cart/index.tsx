import type { CartLineView, CartView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { fetchCart, removeCartLine, updateCartLine } from '../../api';
import { AsyncView, EmptyState, Icon, Price, Skeleton, SubmitButton } from '../../components';
import { useAsyncData } from '../../hooks/useAsyncData';
import { allSelected, canCheckout, freeShippingGap, linesToToggle } from '../../lib/cart';
import { price } from '../../lib/format';
import { isH5 } from '../../lib/config';
import { goToLogin } from '../../lib/login-redirect';
import { PAGES, openPage } from '../../lib/routes';
import { isSignedIn } from '../../lib/session';
import { CartLine } from './CartLine';
import './index.scss';

/** 购物车: lines with selection and quantity, problems flagged, totals priced by the server. */
export default function CartPage() {
  const [signedIn, setSignedIn] = useState(isSignedIn);
  useDidShow(() => setSignedIn(isSignedIn()));
  const cart = useAsyncData(() => fetchCart({ quiet: true }), [signedIn], { reloadOnShow: true, enabled: signedIn });
  const [busy, setBusy] = useState(false);

  /** Runs a cart write; the answer is the whole re-priced cart. */
  const write = async (change: () => Promise<CartView>) => {
    setBusy(true);
    try {
      cart.setData(await change());
    } catch {
      // toasted by the API client; reload so the page shows the cart as it is now
      await cart.reload();
    } finally {
      setBusy(false);
    }
  };

  const remove = async (line: CartLineView) => {
    const { confirm } = await Taro.showModal({ title: '删除商品', content: `确定从购物车删除「${line.title}」吗？`, confirmColor: '#e4393c' });
    if (confirm) await write(() => removeCartLine(line.id));
  };

  const selectAll = (data: CartView) =>
    write(async () => {
      const target = !allSelected(data);
      let latest = data;
      for (const line of linesToToggle(data, target)) latest = await updateCartLine(line.id, { selected: target });
      return latest;
    });

  if (!signedIn) return <EmptyState icon='cart' title='登录后查看购物车' description='登录后可同步购物车中的商品' actionText='去登录' onAction={() => goToLogin(PAGES.cart)} />;
  return (
    <AsyncView
      state={cart}
      skeleton={<Skeleton rows={6} />}
      isEmpty={(data) => data.lines.length === 0}
      empty={{ icon: 'cart', title: '购物车还是空的', description: '去挑几件喜欢的吧', actionText: '去逛逛', onAction: () => openPage(PAGES.home), testId: 'cart-empty' }}
    >
      {(data) => <CartContent data={data} busy={busy} write={write} onRemove={(line) => void remove(line)} onSelectAll={() => void selectAll(data)} />}
    </AsyncView>
  );
}

interface CartContentProps {
  data: CartView;
  busy: boolean;
  write: (change: () => Promise<CartView>) => Promise<void>;
  onRemove: (line: CartLineView) => void;
  onSelectAll: () => void;
}

/** The lines and the bar with totals and 去结算. */
function CartContent({ data, busy, write, onRemove, onSelectAll }: CartContentProps) {
  const gap = freeShippingGap(data);
  return (
    <View className='cart'>
      {gap !== null ? (
        <View className='cart__notice' onClick={() => openPage(PAGES.home)}>
          再买 {price(gap)} 即可免运费，去凑单 ›
        </View>
      ) : null}
      {data.lines.map((line) => (
        <CartLine key={line.id} line={line} busy={busy} onSelect={(l) => void write(() => updateCartLine(l.id, { selected: !l.selected }))} onQty={(l, qty) => void write(() => updateCartLine(l.id, { qty }))} onRemove={onRemove} />
      ))}

      <View className={`cart__bar${isH5() ? ' cart__bar--above-tabbar' : ''}`}>
        <View className='cart__all' onClick={() => !busy && onSelectAll()} data-testid='cart-select-all'>
          <View className={`cart-line__check${allSelected(data) ? ' cart-line__check--on' : ''}`}>{allSelected(data) ? <Icon name='check' size={28} color='#fff' strokeWidth={2.5} /> : null}</View>
          <Text>全选</Text>
        </View>
        <View className='cart__totals'>
          <View>
            <Text className='cart__total-label'>合计：</Text>
            <Price fen={data.payableTotal} size='md' testId='cart-total' />
          </View>
          <Text className='cart__total-sub'>
            {data.discountTotal > 0 ? `已优惠 ${price(data.discountTotal)} · ` : ''}
            {data.shippingFee > 0 ? `含运费 ${price(data.shippingFee)}` : '免运费'}
          </Text>
        </View>
        <SubmitButton onSubmit={async () => openPage(PAGES.checkout)} disabled={busy || !canCheckout(data)} testId='cart-checkout'>
          去结算({data.selectedCount})
        </SubmitButton>
      </View>
    </View>
  );
}
