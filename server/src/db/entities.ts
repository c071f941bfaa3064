import { CategoryEntity } from '../catalog/category.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { SkuEntity } from '../catalog/sku.entity.js';
import { HotWordEntity } from '../catalog/hot-word.entity.js';
import { StockLocationEntity } from '../inventory/stock-location.entity.js';
import { StockEntity } from '../inventory/stock.entity.js';
import { StockMovementEntity } from '../inventory/stock-movement.entity.js';
import { ReservationEntity } from '../inventory/reservation.entity.js';
import { StoreEntity } from '../stores/store.entity.js';
import { StaffAccountEntity } from '../stores/staff-account.entity.js';
import { MemberEntity } from '../membership/member.entity.js';
import { AddressEntity } from '../membership/address.entity.js';
import { CartItemEntity } from '../cart/cart-item.entity.js';
import { OrderEntity } from '../orders/order.entity.js';
import { OrderItemEntity } from '../orders/order-item.entity.js';
import { OrderEventEntity } from '../orders/order-event.entity.js';
import { JobLeaseEntity } from '../jobs/job-lease.entity.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { RefundEntity } from '../payments/refund.entity.js';
import { PaymentEventEntity } from '../payments/payment-event.entity.js';
import { PaymentAnomalyEntity } from '../payments/payment-anomaly.entity.js';
import { CouponTemplateEntity } from '../coupons/coupon-template.entity.js';
import { CouponInstanceEntity } from '../coupons/coupon-instance.entity.js';
import { CouponEventEntity } from '../coupons/coupon-event.entity.js';
import { RedeemCodeEntity } from '../coupons/redeem-code.entity.js';
import { CouponClaimCounterEntity } from '../coupons/coupon-claim-counter.entity.js';
import { CouponPushEntity, CouponPushMemberEntity } from '../coupons/coupon-push.entity.js';
import { CouponStaffQuotaEntity } from '../coupons/coupon-staff-quota.entity.js';
import { PointsAccountEntity } from '../membership/points/points-account.entity.js';
import { PointsEntryEntity } from '../membership/points/points-entry.entity.js';
import { MemberTierEntity } from '../membership/tiers/member-tier.entity.js';
import { MemberGrowthEntity } from '../membership/tiers/member-growth.entity.js';
import { MemberProfileEntity } from '../membership/profile/member-profile.entity.js';
import { MemberConsentEntity } from '../membership/profile/member-consent.entity.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity, GroupbuyParticipationEntity } from '../groupbuy/campaign.entity.js';
import { GroupbuyGroupEntity, GroupbuyMemberEntity } from '../groupbuy/group.entity.js';
import { RateLimitWindowEntity } from '../platform/rate-limit.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { StockTransferEntity } from '../inventory/stock-transfer.entity.js';
import { MemberCodeDigitsEntity } from '../membership/member-code/member-code-digits.entity.js';
import { PhoneChallengeEntity } from '../stores/counter/phone-challenge.entity.js';
import { StaffKnownDeviceEntity } from '../stores/staff-known-device.entity.js';
import { ReferralBindingEntity, ReferralEventEntity } from '../stores/attribution/referral.entity.js';

export const entities = [
  CategoryEntity,
  ProductEntity,
  SkuEntity,
  HotWordEntity,
  StockLocationEntity,
  StockEntity,
  StockMovementEntity,
  ReservationEntity,
  StoreEntity,
  StaffAccountEntity,
  MemberEntity,
  AddressEntity,
  CartItemEntity,
  OrderEntity,
  OrderItemEntity,
  OrderEventEntity,
  JobLeaseEntity,
  PaymentEntity,
  RefundEntity,
  PaymentEventEntity,
  PaymentAnomalyEntity,
  CouponTemplateEntity,
  CouponInstanceEntity,
  CouponEventEntity,
  RedeemCodeEntity,
  CouponClaimCounterEntity,
  CouponPushEntity,
  CouponPushMemberEntity,
  CouponStaffQuotaEntity,
  PointsAccountEntity,
  PointsEntryEntity,
  MemberTierEntity,
  MemberGrowthEntity,
  MemberProfileEntity,
  MemberConsentEntity,
  GroupbuyCampaignEntity,
  GroupbuyCampaignSkuEntity,
  GroupbuyParticipationEntity,
  GroupbuyGroupEntity,
  GroupbuyMemberEntity,
  RateLimitWindowEntity,
  NotificationEntity,
  StockTransferEntity,
  MemberCodeDigitsEntity,
  PhoneChallengeEntity,
  StaffKnownDeviceEntity,
  ReferralBindingEntity,
  ReferralEventEntity,
];
