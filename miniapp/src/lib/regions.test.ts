import { describe, expect, it } from 'vitest';
import { cities, districts, provinces, regionByNames, regionTrailByNames } from './regions';

const names = (list: { name: string }[]) => list.map((region) => region.name);
const choiceNames = (choice: ReturnType<typeof regionByNames>) => choice && [choice.province.name, choice.city.name, choice.district.name];

describe('region data', () => {
  it('lists every province-level region once, in code order', () => {
    const all = provinces();
    expect(all).toHaveLength(34);
    expect(all[0]).toEqual({ code: '110000', name: '北京市' });
    expect(names(all)).toEqual(expect.arrayContaining(['上海市', '浙江省', '广东省', '内蒙古自治区', '香港特别行政区']));
    expect(new Set(all.map((p) => p.code)).size).toBe(34);
  });

  it('files each city under its province and each district under its city', () => {
    expect(names(cities('330000'))).toEqual(expect.arrayContaining(['杭州市', '宁波市', '温州市']));
    expect(names(cities('330000'))).not.toContain('广州市');
    expect(names(districts('330100'))).toEqual(expect.arrayContaining(['西湖区', '上城区', '余杭区']));
    expect(names(districts('330100'))).not.toContain('海珠区');
    expect(names(districts('440100'))).toContain('海珠区');
  });

  it('gives a municipality itself as its city, with the districts under it', () => {
    expect(cities('310000')).toEqual([{ code: '310100', name: '上海市' }]);
    expect(names(districts('310100'))).toEqual(expect.arrayContaining(['静安区', '徐汇区', '浦东新区']));
  });

  it('has nothing under a code it does not know', () => {
    expect(cities('990000')).toEqual([]);
    expect(districts('999900')).toEqual([]);
  });
});

describe('regionByNames', () => {
  it('resolves our demo addresses and WeChat picker names to codes', () => {
    expect(regionByNames('上海市', '上海市', '静安区')).toEqual({ province: { code: '310000', name: '上海市' }, city: { code: '310100', name: '上海市' }, district: { code: '310106', name: '静安区' } });
    expect(choiceNames(regionByNames('浙江省', '杭州市', '西湖区'))).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(regionByNames('广东省', '广州市', '海珠区')?.district.code).toBe('440105');
  });

  it('tolerates names written without their suffix', () => {
    expect(choiceNames(regionByNames('上海', '上海', '静安'))).toEqual(['上海市', '上海市', '静安区']);
    expect(regionByNames('广西', '南宁市', '青秀区')?.province.name).toBe('广西壮族自治区');
    expect(regionByNames('内蒙古', '呼和浩特市', '新城区')?.province.name).toBe('内蒙古自治区');
  });

  it('finds a municipality county the data files under its second city', () => {
    expect(choiceNames(regionByNames('重庆市', '重庆市', '城口县'))).toEqual(['重庆市', '县', '城口县']);
    expect(choiceNames(regionByNames('重庆市', '重庆市', '渝中区'))).toEqual(['重庆市', '重庆市', '渝中区']);
  });

  it('finds a county-level city that belongs to no city', () => {
    expect(choiceNames(regionByNames('湖北省', '仙桃市', '仙桃市'))).toEqual(['湖北省', '省直辖县', '仙桃市']);
    expect(choiceNames(regionByNames('湖北省', '省直辖县级行政区划', '仙桃市'))).toEqual(['湖北省', '省直辖县', '仙桃市']);
  });

  it('does not resolve a district that is not in the named city, nor unknown names', () => {
    expect(regionByNames('浙江省', '杭州市', '海珠区')).toBeNull();
    expect(regionByNames('上海市', '上海市', '火星区')).toBeNull();
    expect(regionByNames('火星省', '上海市', '静安区')).toBeNull();
    expect(regionByNames('浙江省', '广州市', '海珠区')).toBeNull();
    expect(regionByNames('', '', '')).toBeNull();
  });

  it('does not guess between two districts of the same name', () => {
    // 鼓楼区 is in both 南京 and 徐州: without a known city there is no telling which.
    expect(regionByNames('江苏省', '某某市', '鼓楼区')).toBeNull();
    expect(regionByNames('江苏省', '南京市', '鼓楼区')?.district.code).toBe('320106');
  });
});

describe('regionTrailByNames', () => {
  it('stops where the names stop resolving', () => {
    expect(names(regionTrailByNames('浙江省', '杭州市', '火星区'))).toEqual(['浙江省', '杭州市']);
    expect(names(regionTrailByNames('浙江省', '火星市', '火星区'))).toEqual(['浙江省']);
    expect(regionTrailByNames('火星省', '', '')).toEqual([]);
  });
});
