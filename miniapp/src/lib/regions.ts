import { areaList } from '@vant/area-data';

/**
 * China's 省/市/区县 from @vant/area-data, for the address form's region sheet.
 *
 * The data is about 160 KB: import this module from the trade subpackage only, so it never
 * lands in the main package.
 *
 * Codes are the 6-digit national ones: a province is `PP0000`, its cities `PPCC00`, their
 * districts `PPCCDD`, so a place's parent is its code's first 2 (or 4) digits. Municipalities
 * repeat themselves as their only city (上海市 → 上海市 → 静安区), which is also what WeChat's
 * address picker and our stored addresses say.
 */

export interface Region {
  code: string;
  name: string;
}

/** A complete choice, as an address stores it (by name). */
export interface RegionChoice {
  province: Region;
  city: Region;
  district: Region;
}

/** As much of a choice as is known, from the province down. */
export type RegionTrail = [] | [Region] | [Region, Region] | [Region, Region, Region];

function groupByParent(list: Record<string, string>, parentDigits: number): Map<string, Region[]> {
  const groups = new Map<string, Region[]>();
  for (const [code, name] of Object.entries(list)) {
    const parent = code.slice(0, parentDigits);
    const group = groups.get(parent) ?? [];
    group.push({ code, name });
    groups.set(parent, group);
  }
  return groups;
}

// Built on first use: the sheet is the only caller, and only once it opens.
let index: { provinces: Region[]; citiesByProvince: Map<string, Region[]>; districtsByCity: Map<string, Region[]> } | null = null;

function regionIndex() {
  index ??= {
    provinces: Object.entries(areaList.province_list).map(([code, name]) => ({ code, name })),
    citiesByProvince: groupByParent(areaList.city_list, 2),
    districtsByCity: groupByParent(areaList.county_list, 4),
  };
  return index;
}

export function provinces(): Region[] {
  return regionIndex().provinces;
}

export function cities(provinceCode: string): Region[] {
  return regionIndex().citiesByProvince.get(provinceCode.slice(0, 2)) ?? [];
}

export function districts(cityCode: string): Region[] {
  return regionIndex().districtsByCity.get(cityCode.slice(0, 4)) ?? [];
}

// Longest first, so 广西壮族自治区 loses 壮族自治区 and not just 区.
const SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '地区', '省', '市', '盟', '区', '县'];

/** A name without its administrative suffix ("上海市" and "上海" are one place), kept whole when that would leave one character ("城区"). */
function coreName(name: string): string {
  const trimmed = name.trim();
  const suffix = SUFFIXES.find((s) => trimmed.endsWith(s) && trimmed.length - s.length >= 2);
  return suffix ? trimmed.slice(0, -suffix.length) : trimmed;
}

/**
 * The one region among `candidates` called `name`: spelled exactly, else with the same core name.
 * Two matches are no answer (江苏 has a 鼓楼区 in 南京 and in 徐州).
 */
function findByName<T extends Region>(candidates: readonly T[], name: string): T | undefined {
  const wanted = name.trim();
  if (!wanted) return undefined;
  const only = (matches: T[]) => (matches.length === 1 ? matches[0] : undefined);
  const exact = candidates.filter((region) => region.name === wanted);
  if (exact.length > 0) return only(exact);
  const core = coreName(wanted);
  return only(candidates.filter((region) => coreName(region.name) === core));
}

/**
 * How far the names resolve, from the province down (an address being edited opens the sheet
 * there). When the city does not name one of the province's cities, or names a municipality's
 * own city, the district is looked for in the whole province: WeChat may say 重庆市/重庆市/城口县
 * where the data files 城口县 under 重庆市's second city 县, and the data files county-level
 * cities that belong to no city (湖北's 仙桃市) as districts of 省直辖县, which WeChat may give
 * as the city itself.
 */
export function regionTrailByNames(provinceName: string, cityName: string, districtName: string): RegionTrail {
  const province = findByName(provinces(), provinceName);
  if (!province) return [];
  const city = findByName(cities(province.code), cityName);
  const district = city ? findByName(districts(city.code), districtName) : undefined;
  if (city && district) return [province, city, district];
  if (!city || city.name === province.name) {
    const inProvince = cities(province.code).flatMap((c) => districts(c.code).map((d) => ({ ...d, city: c })));
    const found = findByName(inProvince, districtName) ?? (city ? undefined : findByName(inProvince, cityName));
    if (found) return [province, found.city, { code: found.code, name: found.name }];
  }
  return city ? [province, city] : [province];
}

/** The full choice the three names describe, or null when any of them is not a place we know. */
export function regionByNames(provinceName: string, cityName: string, districtName: string): RegionChoice | null {
  const trail = regionTrailByNames(provinceName, cityName, districtName);
  return trail.length === 3 ? { province: trail[0], city: trail[1], district: trail[2] } : null;
}
