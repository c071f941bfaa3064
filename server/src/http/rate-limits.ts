import { clientAddress, type Client } from './client-key.js';
import { tryAgainIn, type KeyedLimit, type RateLimit } from '../platform/rate-limiter.js';

/**
 * The limits on guessing, with their numbers in one place so they can be read side by side
 * (wrong pickup codes: WRONG_CODE_LIMIT in the pickup service). Every window is aligned to
 * multiples of its length, so a 15-minute window nests exactly in an hour's. An address is
 * `ctx.ip` (the socket's address, or the proxy's forwarded one when the proxy is trusted) as
 * `clientAddress` keys it: IPv4, or an IPv6 /64. A device is an address plus the X-Device-Id
 * the staff tablet and the marketing console send (`no-device` without one).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Staff and marketer sign-in, checked in this order (narrowest first).

/**
 * Five wrong passwords from one device for one account lock that device out of that account
 * for 15 minutes, the right password included: guessing from one place gets five tries a
 * quarter of an hour. Keyed on device and account, not on the address: a store's tablets share
 * the store's address, and someone at one tablet must not lock a colleague out of their own
 * account on theirs.
 */
export const STAFF_LOGIN_PER_DEVICE_ACCOUNT: RateLimit = { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, message: tryAgainIn('密码错误次数过多') };

/**
 * Password spraying: one device trying a password or two on many accounts never fills any one
 * account's allowance, so its failures are also counted across all accounts. 20 in 15 minutes
 * is far more than one tablet's typos. A window, not a lock: the device is refused for the rest
 * of the window only, and the store's other tablets, being other devices, are not refused at all.
 */
export const STAFF_LOGIN_PER_DEVICE: RateLimit = { limit: 20, windowMs: 15 * MINUTE, message: tryAgainIn('登录失败次数过多') };

/**
 * Device ids are the client's to make up, so spraying from fresh ids each time would escape the
 * rule above; failures are also counted per address over all devices and accounts. A store's
 * tablets share its address: 100 in 15 minutes is five tablets' worth of the rule above, more
 * than a shop's typos ever come to, and a window, so a sprayer at the store's address holds the
 * store's sign-ins for the rest of the quarter-hour at most, and only after 100 failures.
 */
export const STAFF_LOGIN_PER_ADDRESS: RateLimit = { limit: 100, windowMs: 15 * MINUTE, message: tryAgainIn('本网络登录失败次数过多') };

/**
 * A slow back-off per account over all devices and addresses together, for guessing spread over
 * many places. One device produces at most 4 × 5 = 20 failures an hour for an account (the lock
 * above), under 50, so a tablet's owner is not kept out by someone working from a single device;
 * many devices or addresses together get 50 guesses an hour. A window, not a lock: the account
 * signs in again when the hour ends. Made-up device ids at one address can reach 50 (the
 * address rule allows 100 a quarter-hour), so a device that has signed in to the account before
 * is exempt (staffLoginLimits): the owner keeps signing in on their tablets meanwhile.
 */
export const STAFF_LOGIN_PER_ACCOUNT: RateLimit = { limit: 50, windowMs: HOUR, message: tryAgainIn('该账号登录失败次数过多') };

/** The key part of a device: its address as `clientAddress` keys it and its id. */
export function deviceKey(client: Client): string {
  return `${clientAddress(client.address)}/${client.deviceId ?? 'no-device'}`;
}

/** The keys a sign-in is counted under; `username` as the login schema normalised it. */
/**
 * `knownDevice`: the device has signed in to this account before (StaffKnownDevice). It is still
 * held to its own per-device rules, but not to the address-wide and account-wide back-offs,
 * which made-up device ids can fill: so those never keep an account's owner off their own tablet.
 */
export function staffLoginLimits(client: Client, username: string, knownDevice = false): KeyedLimit[] {
  const device = deviceKey(client);
  const ownDevice: KeyedLimit[] = [
    { key: `staff-login:device-account:${device}:${username}`, rule: STAFF_LOGIN_PER_DEVICE_ACCOUNT },
    { key: `staff-login:device:${device}`, rule: STAFF_LOGIN_PER_DEVICE },
  ];
  if (knownDevice) return ownDevice;
  return [...ownDevice, { key: `staff-login:address:${clientAddress(client.address)}`, rule: STAFF_LOGIN_PER_ADDRESS }, { key: `staff-login:account:${username}`, rule: STAFF_LOGIN_PER_ACCOUNT }];
}

// Redeem codes (兑换码). Only codes that do not exist count; a used code is a member's mistake, not a find.

/**
 * Wrong codes per member: a member copies a code from a poster or a message and may mistype it
 * a few times; ten an hour is ample, and enumerating codes from one account gets nowhere.
 */
export const REDEEM_CODE_GUESSES_PER_MEMBER: RateLimit = { limit: 10, windowMs: HOUR, message: tryAgainIn('兑换码错误次数过多') };

/**
 * Wrong codes per client over all members: WeChat accounts are cheap to multiply, addresses
 * less so (an IPv6 /64, which one subscriber can rotate through, counts as one). Members behind
 * one mall Wi-Fi or carrier NAT share an address, hence 50 an hour.
 */
export const REDEEM_CODE_GUESSES_PER_CLIENT: RateLimit = { limit: 50, windowMs: HOUR, message: tryAgainIn('兑换码错误次数过多') };

/** `address`: the request's (`ctx.ip`), keyed as `clientAddress` normalises it. */
export function redeemCodeLimits(memberId: number, address: string): KeyedLimit[] {
  return [
    { key: `redeem-code:member:${memberId}`, rule: REDEEM_CODE_GUESSES_PER_MEMBER },
    { key: `redeem-code:client:${clientAddress(address)}`, rule: REDEEM_CODE_GUESSES_PER_CLIENT },
  ];
}

// At the counter: identifying a member by the 12 digits under their QR, or by phone number.

/**
 * Wrong 12-digit member codes per staff member: the member reads the digits out and staff type
 * them, so a slip or two per customer is normal; ten in 15 minutes covers that, while guessing
 * a code (10^12 of them against a few thousand live ones) gets nowhere.
 */
export const COUNTER_MEMBER_CODE_GUESSES_PER_STAFF: RateLimit = { limit: 10, windowMs: 15 * MINUTE, message: tryAgainIn('会员码错误次数过多') };

/** The same per store, so the staff of one store cannot multiply the allowance between them. */
export const COUNTER_MEMBER_CODE_GUESSES_PER_STORE: RateLimit = { limit: 30, windowMs: 15 * MINUTE, message: tryAgainIn('本店会员码错误次数过多') };

/**
 * Phone-number lookups per staff member, every lookup counted (`RateLimiter.spend`): each one
 * tells whether a number is a member's and may text them a code. A counter serves a customer
 * every few minutes; 20 an hour covers a busy hour but not a walk through the member base.
 */
export const COUNTER_PHONE_LOOKUPS_PER_STAFF: RateLimit = { limit: 20, windowMs: HOUR, message: tryAgainIn('手机号查询过于频繁') };

/**
 * Texts with a counter code to one member, every one counted: a tablet cannot flood someone's
 * phone, and five an hour covers a customer whose text was slow to arrive.
 */
export const COUNTER_TEXTS_PER_MEMBER: RateLimit = { limit: 5, windowMs: HOUR, message: tryAgainIn('该手机号验证码发送过于频繁') };

/** For `RateLimiter.attemptAll(..., isAppError(<the wrong-code error>))`. */
export function counterMemberCodeLimits(staffId: number, storeId: number): KeyedLimit[] {
  return [
    { key: `counter-member-code:staff:${staffId}`, rule: COUNTER_MEMBER_CODE_GUESSES_PER_STAFF },
    { key: `counter-member-code:store:${storeId}`, rule: COUNTER_MEMBER_CODE_GUESSES_PER_STORE },
  ];
}

/** For `RateLimiter.spend(...)` before each lookup. */
export function counterPhoneLookupLimits(staffId: number): KeyedLimit[] {
  return [{ key: `counter-phone-lookup:staff:${staffId}`, rule: COUNTER_PHONE_LOOKUPS_PER_STAFF }];
}

/** For `RateLimiter.spend(...)` before each counter code is texted. */
export function counterTextLimits(memberId: number): KeyedLimit[] {
  return [{ key: `counter-text:member:${memberId}`, rule: COUNTER_TEXTS_PER_MEMBER }];
}
