import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RequestOptions, type TestApp, type TestResponse } from '../support/test-app.js';
import { seededRandom } from '../support/seeded-random.js';
import { SAMPLE_ADDRESS, skusWithStock, storeByCode } from '../support/fixtures.js';
import type { PrincipalName } from './authorization-matrix.table.js';
import { MADE_UP_ID, fillPath, mapLimited, principalPassing, registeredRoutes, rowOf, signInPrincipals, type RegisteredRoute } from './route-matrix-support.js';

/**
 * Issue 12, fuzz-style: every write route, called by a principal its guard lets through, gets a
 * generated set of malformed bodies. Each must answer 4xx with the API's error shape, never 5xx.
 * Ids in paths are made up, so nothing real is changed even if a body slipped through.
 */

const SEED = 20_261_204;
const BODIES_PER_ROUTE = 12;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** WeChat Pay's notification contract answers `{"code":"FAIL","message"}`, not ours (issue 12, 9). */
const WECHAT_NOTIFY_PREFIX = '/api/v1/payments/wechat/';

/** A body to send: a JSON value, or raw text that is not JSON at all. */
type Malformed = { label: string; json: unknown } | { label: string; raw: string };

const HUGE_STRING = 'x'.repeat(100_000);
const UNICODE = '𠜎\u0000\u202e\ud83d\ude00‮ 表情 \u2028';

function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Bodies that are wrong for every route: the wrong type of document, or hostile keys. */
const GENERIC_BODIES: Malformed[] = [
  { label: 'null', json: null },
  { label: '[]', json: [] },
  { label: '[{}]', json: [{}] },
  { label: '"string"', json: 'string' },
  { label: '12', json: 12 },
  { label: 'true', json: true },
  { label: '1e308', json: 1e308 },
  { label: '-1', json: -1 },
  { label: '2**53', json: 2 ** 53 },
  { label: '"NaN"', json: 'NaN' },
  { label: 'unicode string', json: UNICODE },
  { label: '100k-char string', json: HUGE_STRING },
  { label: 'nested 1000 deep', json: deeplyNested(1000) },
  // JSON.parse makes "__proto__" an own key; a merge into a plain object would pollute the prototype.
  { label: '{"__proto__":{"x":1}}', raw: '{"__proto__":{"x":1}}' },
  { label: '{"constructor":{"prototype":{"x":1}}}', json: { constructor: { prototype: { x: 1 } } } },
  { label: 'truncated JSON', raw: '{"a":' },
  { label: 'bare NaN', raw: 'NaN' },
];

/** Values of every JSON type and a few hostile ones, for a field. */
const FIELD_VALUES: { label: string; value: unknown }[] = [
  { label: 'null', value: null },
  { label: '[]', value: [] },
  { label: '{}', value: {} },
  { label: '"string"', value: 'string' },
  { label: '12', value: 12 },
  { label: 'true', value: true },
  { label: '1e308', value: 1e308 },
  { label: '-1', value: -1 },
  { label: '2**53', value: 2 ** 53 },
  { label: '0.5', value: 0.5 },
  { label: '"NaN"', value: 'NaN' },
  { label: 'unicode', value: UNICODE },
  { label: '100k chars', value: HUGE_STRING },
  { label: 'nested 50 deep', value: deeplyNested(50) },
  { label: '{"__proto__":…}', value: JSON.parse('{"__proto__":{"x":1}}') as unknown },
];

/** A value that is certainly not of the type a validation message says the field expects. */
function certainlyWrongFor(expected: string | undefined): { label: string; value: unknown } {
  switch (expected) {
    case 'string':
    case 'enum':
      return { label: '12', value: 12 };
    case 'number':
    case 'int':
    case 'bigint':
      return { label: '"12"', value: '12' };
    case 'boolean':
      return { label: '"true"', value: 'true' };
    case 'array':
      return { label: '{}', value: {} };
    default: // object, a union, or unknown: a string is none of them
      return { label: '"string"', value: 'string' };
  }
}

/** A required field the route named when sent `{}`, with the type its validation message expects. */
interface Field {
  name: string;
  expected: string | undefined;
}

function fieldsNamedIn(response: TestResponse): Field[] {
  const details = (response.body as { error?: { details?: { path: string; message: string }[] } } | null)?.error?.details ?? [];
  const fields = new Map<string, Field>();
  for (const { path, message } of details) {
    const name = path.split('.')[0];
    if (!name || name === '(body)' || fields.has(name)) continue;
    const expected = /expected one of/.test(message) ? 'enum' : /expected (\w+)/.exec(message)?.[1];
    fields.set(name, { name, expected });
  }
  return [...fields.values()];
}

/** Same route, same bodies, run after run; a new route does not change the others' bodies. */
function seedOf(routeKey: string): number {
  let hash = SEED;
  for (const char of routeKey) hash = (hash * 31 + char.charCodeAt(0)) % 2 ** 31;
  return hash;
}

function pick<T>(random: (n: number) => number, items: readonly T[]): T {
  return items[random(items.length)]!;
}

/** Real ids the valid bodies below need. */
interface ValidBodyFixtures {
  skuId: number;
  locationId: number;
}

/**
 * A valid body for some routes that write rows, so that one field at a time can be made hostile
 * with the rest valid: these bodies get past validation into the services and the database
 * (4-byte characters into a MariaDB column, a duplicate code into a unique index, ...).
 */
const VALID_BODIES: Record<string, (f: ValidBodyFixtures) => Record<string, unknown>> = {
  'POST /api/v1/addresses': () => ({ ...SAMPLE_ADDRESS }),
  'POST /api/v1/admin/categories': () => ({ code: 'fuzz-category', name: '模糊测试', sortOrder: 1 }),
  'POST /api/v1/admin/member-tiers': () => ({ code: 'fuzz_tier', name: '测试等级', growthThreshold: 123_456 }),
  'POST /api/v1/admin/stores': () => ({
    code: 'FUZZ-1',
    name: '测试门店',
    city: '上海市',
    district: '静安区',
    address: '测试路 1 号',
    latitude: 31.2,
    longitude: 121.4,
    phone: '021-12345678',
    openingHours: '10:00-22:00',
  }),
  'POST /api/v1/staff/team': () => ({ username: 'fuzz.staff', displayName: '测试员工', password: 'Fuzz-pass-2026' }),
  'POST /api/v1/admin/stock/receive': (f) => ({ skuId: f.skuId, locationId: f.locationId, quantity: 1, reason: '测试入库' }),
  'POST /api/v1/cart/items': (f) => ({ skuId: f.skuId, qty: 1 }),
  'PATCH /api/v1/members/me': () => ({ nickname: '测试会员', birthday: null }),
};
const MUTATIONS_PER_VALID_BODY = 8;

/**
 * The valid body with one field at a time replaced by a hostile value (it may still be valid):
 * first text fields with 4-byte and control characters, which a utf8 (not utf8mb4) MySQL column
 * refuses, then random values from FIELD_VALUES.
 */
function mutationsOf(route: RegisteredRoute, valid: Record<string, unknown>): Malformed[] {
  const random = seededRandom(seedOf(`${route.key} valid`));
  const keys = Object.keys(valid);
  const textKeys = keys.filter((key) => typeof valid[key] === 'string').slice(0, MUTATIONS_PER_VALID_BODY / 2);
  const unicode = textKeys.map((key): Malformed => ({ label: `valid but ${key}: unicode`, json: { ...valid, [key]: UNICODE } }));
  const randomCount = Math.min(MUTATIONS_PER_VALID_BODY, keys.length * 2) - unicode.length;
  const others = Array.from({ length: Math.max(0, randomCount) }, (_, i): Malformed => {
    const key = keys[i % keys.length]!;
    const hostile = pick(random, FIELD_VALUES);
    return { label: `valid but ${key}: ${hostile.label}`, json: { ...valid, [key]: hostile.value } };
  });
  return [...unicode, ...others];
}

/** Up to BODIES_PER_ROUTE bodies: the route's fields wrong where it named some, the rest generic. */
function bodiesFor(route: RegisteredRoute, fields: Field[]): Malformed[] {
  const random = seededRandom(seedOf(route.key));
  const bodies: Malformed[] = [];
  if (fields.length > 0) {
    // Every field at once, the first surely of the wrong type so the body is never valid.
    const [first, ...rest] = fields;
    const firstWrong = certainlyWrongFor(first!.expected);
    const restValues = rest.map((f) => ({ field: f, ...pick(random, FIELD_VALUES) }));
    bodies.push({
      label: `{${first!.name}: ${firstWrong.label}${restValues.map((r) => `, ${r.field.name}: ${r.label}`).join('')}}`,
      json: Object.fromEntries([[first!.name, firstWrong.value], ...restValues.map((r) => [r.field.name, r.value])]),
    });
    // One field at a time, of the wrong type, then a random hostile value.
    for (const field of fields.slice(0, 3)) {
      const wrong = certainlyWrongFor(field.expected);
      bodies.push({ label: `{${field.name}: ${wrong.label}}`, json: { [field.name]: wrong.value } });
      const hostile = pick(random, FIELD_VALUES);
      bodies.push({ label: `{${field.name}: ${hostile.label}}`, json: { [field.name]: hostile.value } });
    }
  }
  // Always the document-level ones that break naive handlers, then random others.
  const always = ['null', '[]', '{"__proto__":{"x":1}}'];
  const generic = GENERIC_BODIES.filter((b) => always.includes(b.label));
  const others = GENERIC_BODIES.filter((b) => !always.includes(b.label));
  while (others.length > 0 && bodies.length + generic.length < BODIES_PER_ROUTE) generic.push(others.splice(random(others.length), 1)[0]!);
  return [...bodies, ...generic];
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the body is `{error:{code,message}}` (or WeChat's `{code,message}` on its notify routes). */
function hasErrorShape(route: RegisteredRoute, response: TestResponse): boolean {
  const body = response.body as { error?: { code?: unknown; message?: unknown }; code?: unknown; message?: unknown } | null;
  if (!isPlainObject(body)) return false;
  if (route.path.startsWith(WECHAT_NOTIFY_PREFIX)) return body!.code === 'FAIL' && typeof body!.message === 'string';
  return typeof body!.error?.code === 'string' && typeof body!.error.message === 'string';
}

describe('malformed bodies on every write route', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  let tokens: Map<PrincipalName, string | undefined>;
  let validBodyFixtures: ValidBodyFixtures;

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    routes = registeredRoutes(app.services).filter((r) => WRITE_METHODS.has(r.method));
    tokens = await signInPrincipals(app);
    // Store A, the store the matrix's store manager may receive stock into.
    const jingan = await storeByCode(app, 'SH-JA');
    const [sku] = await skusWithStock(app, jingan.location.id, 1);
    validBodyFixtures = { skuId: sku!.id, locationId: jingan.location.id };
  });
  afterAll(async () => app?.close());

  it('answer 4xx with the error shape, never 5xx, and pollute no prototype', async () => {
    const unguarded = routes.filter((r) => !rowOf(r)).map((r) => r.key);
    expect(unguarded, 'routes without a row in authorization-matrix.table.ts (the matrix test says more)').toEqual([]);

    const callers = routes.flatMap((route) => {
      const principal = principalPassing(rowOf(route)!);
      return principal ? [{ route, principal }] : [];
    });
    const send = (route: RegisteredRoute, principal: PrincipalName, body: Malformed | { json: unknown }) => {
      const options: RequestOptions = { token: tokens.get(principal) };
      if ('raw' in body) options.rawBody = body.raw;
      else options.body = body.json;
      return app.request(route.method, fillPath(route.path, MADE_UP_ID), options);
    };

    // `{}` first: which fields the route requires, and whether it takes an object with none of them.
    const probes = await mapLimited(callers, 8, async ({ route, principal }) => ({ route, principal, probe: await send(route, principal, { json: {} }) }));
    const cases = probes.flatMap(({ route, principal, probe }) => {
      const emptyObjectAccepted = probe.status < 300;
      const malformed = bodiesFor(route, fieldsNamedIn(probe)).map((body) => ({ route, principal, body, emptyObjectAccepted, mayBeValid: false }));
      const valid = VALID_BODIES[route.key];
      const mutated = valid ? mutationsOf(route, valid(validBodyFixtures)).map((body) => ({ route, principal, body, emptyObjectAccepted, mayBeValid: true })) : [];
      return [...malformed, ...mutated];
    });
    const unknownValidBodies = Object.keys(VALID_BODIES).filter((key) => !callers.some((c) => c.route.key === key));
    expect(unknownValidBodies, 'VALID_BODIES names routes that are not write routes of the app').toEqual([]);

    const failures = (
      await mapLimited(cases, 8, async ({ route, principal, body, emptyObjectAccepted, mayBeValid }) => {
        const response = await send(route, principal, body);
        // A route that takes `{}` drops unknown keys, and reads no body (null) as `{}`: a 2xx then is right.
        const harmlessSuccess = emptyObjectAccepted && 'json' in body && (body.json === null || isPlainObject(body.json));
        // A valid body with one odd but acceptable field (a 4-byte character, -1 where negatives are fine).
        if (response.status < 300 && (harmlessSuccess || mayBeValid)) return null;
        if (response.status >= 400 && response.status < 500 && hasErrorShape(route, response)) return null;
        const answer = typeof response.body === 'string' ? response.body.slice(0, 120) : JSON.stringify(response.body)?.slice(0, 200);
        return `${route.key} as ${principal}, body ${body.label}: ${response.status} ${answer}`;
      })
    ).filter((failure): failure is string => failure !== null);

    expect(cases.length).toBeGreaterThan(callers.length * 10);
    expect(failures, `${failures.length} of ${cases.length} malformed requests were not a 4xx with the error shape:\n${failures.join('\n')}`).toEqual([]);
    // The server runs in this process: a polluted Object.prototype would show here.
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });
});
