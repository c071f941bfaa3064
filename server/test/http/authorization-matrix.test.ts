import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@shop/shared';
import { startTestApp, type TestApp, type TestResponse } from '../support/test-app.js';
import { skusWithStock, storeByCode } from '../support/fixtures.js';
import { StaffAccountEntity } from '../../src/stores/staff-account.entity.js';
import { AUTHORIZATION_MATRIX, PRINCIPALS, type MatrixFixtures, type MatrixRow, type Outcome, type PrincipalName } from './authorization-matrix.table.js';
import {
  ACTIVE_PRINCIPALS,
  MADE_UP_ID,
  errorCodeOf,
  fillPath,
  mapLimited,
  outcomeOf,
  registeredRoutes,
  signInPrincipals,
  type RegisteredRoute,
} from './route-matrix-support.js';

/**
 * Issue 12: every route × every principal, against the table in authorization-matrix.table.ts.
 * A route without a row, or a row without a route, fails; every mismatch is listed at once.
 */
describe('the authorization matrix', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  let tokens: Map<PrincipalName, string | undefined>;
  let fixtures: MatrixFixtures;

  beforeAll(async () => {
    // The emulator answers the counter's Native prepay, so a store's own staff get a real answer.
    app = await startTestApp({ emulator: {} });
    routes = registeredRoutes(app.services);
    tokens = await signInPrincipals(app);
    fixtures = await createFixtures(app, tokens.get('staffOfStore')!);
  });
  afterAll(async () => app?.close());

  it('has one row for every registered route and no row for a route that does not exist', () => {
    const registered = new Set(routes.map((r) => r.key));
    const missing = routes.filter((r) => !(r.key in AUTHORIZATION_MATRIX)).map((r) => r.key);
    const stale = Object.keys(AUTHORIZATION_MATRIX).filter((key) => !registered.has(key));
    expect({ missing, stale }, 'add a row to authorization-matrix.table.ts for each missing route (read its guards), remove stale ones').toEqual({ missing: [], stale: [] });
  });

  it('rows are well-formed: a real resource only where the path has :id, and hidden only on a real resource', () => {
    const problems = Object.entries(AUTHORIZATION_MATRIX).flatMap(([key, row]) => {
      const found: string[] = [];
      if (row.id && !key.includes(':id')) found.push(`${key}: names resource ${row.id} but its path has no :id`);
      const hidden = PRINCIPALS.filter((p) => row.expect[p] === 'hidden');
      if (hidden.length > 0 && !row.id) found.push(`${key}: ${hidden.join(', ')} expect hidden, which a made-up id cannot show`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('signs in a principal for every role the app has', () => {
    // The operator column waits for the role; this notices when it arrives without a sign-in.
    const appHasOperators = (ROLES as readonly string[]).includes('operator');
    expect(!appHasOperators || ACTIVE_PRINCIPALS.includes('operator'), 'the operator role exists: sign it in (SIGN_INS in route-matrix-support.ts)').toBe(true);
  });

  it('answers every route for every principal as the table says', async () => {
    const cases = routes.flatMap((route) => {
      const row = AUTHORIZATION_MATRIX[route.key];
      return row ? ACTIVE_PRINCIPALS.map((principal) => ({ route, row, principal })) : [];
    });
    const answers = await mapLimited(cases, 8, async ({ route, row, principal }) => {
      const response = await send(route, row, principal);
      return { route, row, principal, response };
    });

    const mismatches = answers.flatMap(({ route, row, principal, response }) => {
      const expected = row.expect[principal];
      return matches(expected, response, row.id !== undefined) ? [] : [`${route.key}  ${principal}: expected ${expected}, got ${response.status} ${errorCodeOf(response) ?? '-'}`];
    });
    expect(cases.length).toBeGreaterThan(0);
    expect(mismatches, `${mismatches.length} of ${cases.length} answers differ from the table:\n${mismatches.join('\n')}`).toEqual([]);
  });

  function send(route: RegisteredRoute, row: MatrixRow, principal: PrincipalName): Promise<TestResponse> {
    const id = row.id ? fixtures[row.id].id : MADE_UP_ID;
    const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
    return app.request(route.method, fillPath(route.path, id), { token: tokens.get(principal), body: hasBody ? (row.body?.(fixtures) ?? {}) : undefined });
  }
});

/**
 * Whether an answer is the expected class. 'allow' also takes a 404 when the id was made up; a
 * 5xx is never an authorization answer, so it is reported whatever was expected.
 */
function matches(expected: Outcome, response: TestResponse, realResource: boolean): boolean {
  if (response.status >= 500) return false;
  const got = outcomeOf(response);
  if (expected === 'allow' && got === 'hidden' && !realResource) return true;
  return got === expected;
}

/** The real resources that store-scoped rows point at. */
async function createFixtures(app: TestApp, storeStaffToken: string): Promise<MatrixFixtures> {
  const jingan = await storeByCode(app, 'SH-JA');
  const [sku] = await skusWithStock(app, jingan.location.id, 3);
  if (!sku) throw new Error('no SKU in stock at 静安 for the store order');
  const order = await app.request<{ id: number }>('POST', '/api/v1/staff/orders', {
    token: storeStaffToken,
    body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'carry_out' } },
  });
  if (order.status !== 201) throw new Error(`store order not created: ${order.status} ${JSON.stringify(order.body)}`);
  const other = await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username: 'staff.xh2' });
  return { storeOrder: { id: order.body.id }, otherStoreStaff: { id: other.id, displayName: other.displayName } };
}
