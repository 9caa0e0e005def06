import { describe, expect, it } from 'vitest';
import { coordinatesSchema, isInsideVietnam, latitudeSchema } from './coordinates';

describe('isInsideVietnam', () => {
  it.each([
    ['Nha Trang, Khánh Hòa', 12.2388, 109.1967],
    ['Sóc Trăng', 9.6025, 105.9739],
    ['Vĩnh Long', 10.2537, 105.9722],
    ['Kon Tum', 14.3545, 108.0076],
    ['Lũng Cú flag tower, the northern tip', 23.3636, 105.3161],
    ['A Pa Chải, the western tip', 22.3969, 102.1444],
    ['Đất Mũi, Cà Mau, the southern tip of the mainland', 8.605, 104.725],
    ['Mũi Đôi, the eastern tip of the mainland', 12.65, 109.464],
    ['Thổ Chu island', 9.289, 103.472],
    ['Bạch Long Vĩ island', 20.133, 107.728],
    ['Phú Lâm island, Hoàng Sa', 16.834, 112.34],
    ['Tri Tôn island, Hoàng Sa', 15.7833, 111.2],
    ['Trường Sa Lớn island', 8.6447, 111.92],
    ['Song Tử Tây island, Trường Sa', 11.43, 114.33],
  ])('%s is inside', (_place, latitude, longitude) => {
    expect(isInsideVietnam(latitude, longitude)).toBe(true);
  });

  it.each([
    ['Bangkok', 13.7563, 100.5018],
    ['Manila', 14.5995, 120.9842],
    ['Kuala Lumpur', 3.139, 101.6869],
    ['open sea between the mainland and Trường Sa', 14.0, 114.0],
    ['null island', 0, 0],
    ['latitude and longitude swapped (Nha Trang)', 109.1967, 12.2388],
  ])('%s is outside', (_place, latitude, longitude) => {
    expect(isInsideVietnam(latitude, longitude)).toBe(false);
  });
});

describe('coordinatesSchema', () => {
  it('accepts a point in Viet Nam', () => {
    expect(coordinatesSchema().parse({ latitude: 12.2388, longitude: 109.1967 })).toEqual({
      latitude: 12.2388,
      longitude: 109.1967,
    });
  });

  it.each([
    [{ latitude: 13.7563, longitude: 100.5018 }, ['coordinates.outside_vietnam']],
    [{ latitude: 14, longitude: 114 }, ['coordinates.outside_vietnam']],
    [{ latitude: '12.2', longitude: 109.2 }, ['coordinates.invalid']],
    [{ latitude: Number.NaN, longitude: 109.2 }, ['coordinates.invalid']],
    [{ longitude: 109.2 }, ['required']],
  ])('%j → %j', (input, keys) => {
    const issues = coordinatesSchema().safeParse(input).error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(keys);
  });

  it('puts the enclosing box in JSON Schema', () => {
    const schema = latitudeSchema().toJSONSchema();
    expect(schema).toMatchObject({ type: 'number', minimum: 6, maximum: 23.5 });
  });
});
