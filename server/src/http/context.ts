import type { RouterContext } from '@koa/router';
import type { Role } from '@shop/shared';

/** Who is calling: a member (consumer) or a staff account, with its roles. */
export type Principal =
  | { kind: 'member'; memberId: number; roles: Role[] }
  | { kind: 'staff'; staffId: number; roles: Role[]; storeId: number | null };

export interface AppState {
  requestId: string;
  principal?: Principal;
  /** Parsed JSON body, set by the body middleware on requests that carry one. */
  body?: unknown;
  /** The exact request body text, for signature checks (WeChat Pay notifications). */
  rawBody?: string;
}

export type AppContext = RouterContext<AppState>;

/** The actor string written into ledgers and event logs. */
export function actorOf(principal: Principal): string {
  return principal.kind === 'member' ? `member:${principal.memberId}` : `staff:${principal.staffId}`;
}
