import { z } from 'zod';
import { IF_VALID_SO_FAR } from './primitives';

/**
 * Where Viet Nam is, coarsely: WGS 84 latitude/longitude boxes with a small margin, for refusing
 * coordinates that are obviously wrong (0,0; swapped latitude and longitude; a phone's cached
 * position abroad). They are not borders: the mainland box also covers slices of China, Laos and
 * Cambodia, and routing by area uses the area polygons, not these boxes.
 *
 * - mainland and coastal islands: 8.3–23.5 °N, 102.1–109.6 °E (Lũng Cú 23°23′N; Đất Mũi and Hòn
 *   Khoai ≈ 8°25′N; A Pa Chải 102°08′E; Mũi Đôi 109°28′E; includes Bạch Long Vĩ, Cồn Cỏ, Lý Sơn,
 *   Phú Quý, Côn Đảo, Phú Quốc and Thổ Chu);
 * - Hoàng Sa (Paracel Islands): 15.7–17.3 °N, 110.9–113.1 °E (15°45′–17°15′N, 111°–113°E);
 * - Trường Sa (Spratly Islands): 6.0–12.2 °N, 111.0–117.5 °E (about 6°50′–12°N, 111°20′–117°20′E).
 *
 * A single field can only say min/max, so JSON Schema gets the enclosing box (6.0–23.5 °N,
 * 102.1–117.5 °E) and the object check `isInsideVietnam` applies the three boxes.
 */
export type GeoBox = {
  name: string;
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
};

export const VIETNAM_REGIONS: readonly GeoBox[] = [
  {
    name: 'mainland',
    minLatitude: 8.3,
    maxLatitude: 23.5,
    minLongitude: 102.1,
    maxLongitude: 109.6,
  },
  {
    name: 'hoang-sa',
    minLatitude: 15.7,
    maxLatitude: 17.3,
    minLongitude: 110.9,
    maxLongitude: 113.1,
  },
  {
    name: 'truong-sa',
    minLatitude: 6.0,
    maxLatitude: 12.2,
    minLongitude: 111.0,
    maxLongitude: 117.5,
  },
];

export const VIETNAM_BOUNDING_BOX: GeoBox = {
  name: 'viet-nam',
  minLatitude: 6.0,
  maxLatitude: 23.5,
  minLongitude: 102.1,
  maxLongitude: 117.5,
};

export function isInsideVietnam(latitude: number, longitude: number): boolean {
  return VIETNAM_REGIONS.some(
    (box) =>
      latitude >= box.minLatitude &&
      latitude <= box.maxLatitude &&
      longitude >= box.minLongitude &&
      longitude <= box.maxLongitude,
  );
}

const coordinateError = (issue: { input?: unknown; code?: string }) => {
  if (issue.input === undefined) {
    return 'required';
  }
  return issue.code === 'too_small' || issue.code === 'too_big'
    ? 'coordinates.outside_vietnam'
    : 'coordinates.invalid';
};

export function latitudeSchema() {
  return z
    .number({ error: coordinateError })
    .min(VIETNAM_BOUNDING_BOX.minLatitude, { error: 'coordinates.outside_vietnam' })
    .max(VIETNAM_BOUNDING_BOX.maxLatitude, { error: 'coordinates.outside_vietnam' });
}

export function longitudeSchema() {
  return z
    .number({ error: coordinateError })
    .min(VIETNAM_BOUNDING_BOX.minLongitude, { error: 'coordinates.outside_vietnam' })
    .max(VIETNAM_BOUNDING_BOX.maxLongitude, { error: 'coordinates.outside_vietnam' });
}

/** A point in Viet Nam: both numbers, inside one of `VIETNAM_REGIONS`. */
export function coordinatesSchema() {
  return z
    .object({ latitude: latitudeSchema(), longitude: longitudeSchema() })
    .refine((point) => isInsideVietnam(point.latitude, point.longitude), {
      error: 'coordinates.outside_vietnam',
      path: ['latitude'],
      ...IF_VALID_SO_FAR,
    });
}
