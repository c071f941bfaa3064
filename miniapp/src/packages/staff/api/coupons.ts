import { COUNTER_TOKEN_HEADER, type StaffCouponGrantView, type StaffCouponsView } from '@shop/shared';
import { staffRequest } from './staff-http';

/** The coupons this staff member may hand out now (门店发放), with what is left of today's quota. */
export function fetchStaffCoupons(): Promise<StaffCouponsView> {
  return staffRequest<StaffCouponsView>('/staff/coupons', { quiet: true });
}

/** Hands one coupon of the template to the member whose counter session this is; the server names the member, never the tablet. */
export function grantStaffCoupon(counterToken: string, templateId: number): Promise<StaffCouponGrantView> {
  return staffRequest<StaffCouponGrantView>('/staff/coupons/grant', { method: 'POST', body: { templateId }, headers: { [COUNTER_TOKEN_HEADER]: counterToken }, quiet: true });
}
