import type { NotFoundProps } from '../../../components';
import { PAGES, openPage } from '../../../lib/routes';

/** What the order pages (详情, 支付结果) say for an order that does not exist, or is not this member's. */
export const ORDER_NOT_FOUND: NotFoundProps = { icon: 'order', title: '订单不存在', actionText: '查看全部订单', onAction: () => openPage(PAGES.orders) };
