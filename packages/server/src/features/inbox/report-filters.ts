/**
 * The filters shared by the staff inbox, the staff report list and the public list, as SQL
 * conditions over a reports alias, and the opaque keyset cursors of their pages.
 *
 * Full-text search ignores diacritics and case: `q` is folded with `fold` (which agrees with the
 * database's `vn_fold`, migration 0001) and every word of it must be a word of the folded title
 * and content, in any order, the last one possibly cut short — `den duo` finds "Đèn đường". The
 * stored words `reports.search_words` (`to_tsvector('simple', vn_fold(title || ' ' || content))`,
 * migration 0013) and their GIN index answer it exactly, so no row is folded again at query time
 * (docs/workflow/inbox-and-public-list.md "Search", docs/performance.md).
 */
import { fold } from '@paht/domain';
import { sql } from 'kysely';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DB } from '../../infra/db/schema';
import { AppError } from '../../infra/http/app-error';

export type ReportFilters = {
  fieldId?: string | undefined;
  /** The area and every area below it. */
  areaIds?: readonly string[] | undefined;
  channels?: readonly string[] | undefined;
  leadAgencyId?: string | undefined;
  receivedFrom?: Date | undefined;
  receivedTo?: Date | undefined;
  /** Folded search words (`searchTerms`): letters and digits only. */
  terms?: readonly string[] | undefined;
};

/** Shorter words would each match a large share of all reports; they are left out. */
export const MIN_TERM_LENGTH = 2;
const MAX_TERMS = 8;

function badQuery(path: string, code: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', `${path}: ${code}`, {
    fields: [{ path, code, message: { vi, en } }],
  });
}

/**
 * The folded words of a search (runs of letters and digits, so nothing of the tsquery syntax can
 * get through); refused when no word is long enough.
 */
export function searchTerms(q: string | undefined): string[] | undefined {
  if (q === undefined || q.trim() === '') {
    return undefined;
  }
  const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words.filter((word) => word.length >= MIN_TERM_LENGTH))];
  if (terms.length === 0) {
    throw badQuery(
      'querystring.q',
      'search.too_short',
      `Từ khóa tìm kiếm cần ít nhất một từ có ${MIN_TERM_LENGTH} ký tự.`,
      `A search needs at least one word of ${MIN_TERM_LENGTH} letters.`,
    );
  }
  return terms.slice(0, MAX_TERMS);
}

function ref(alias: string, column: string) {
  return sql.ref(`${alias}.${column}`);
}

/**
 * The search condition over `alias`: the stored words of `reports_search_words_idx` (migration
 * 0013), every word whole
 * except the last, which may be the beginning of a word (`den & duong & tran & ph:*`, search as
 * you type). Whole words let GIN skip through the posting lists from the rarest word; a prefix
 * makes it read every posting list under the prefix, which for a word as common as "đường" is
 * most of the index.
 */
export function textCondition(alias: string, terms: readonly string[]): RawBuilder<SqlBool>[] {
  const query = terms.map((term, i) => (i === terms.length - 1 ? `${term}:*` : term)).join(' & ');
  return [sql<SqlBool>`${ref(alias, 'search_words')} @@ to_tsquery('simple', ${query})`];
}

/**
 * Memory for a search's bitmaps: with PostgreSQL's default `work_mem` (4 MB) the bitmap of a
 * common word turns lossy, and every row of every lossy page is folded and parsed again — minutes
 * at 10 million reports, measured. 64 MB keeps a bitmap of a few million rows exact.
 */
export const SEARCH_WORK_MEM = '64MB';

/** Runs `work` in a transaction with SEARCH_WORK_MEM when `terms` search, else as is. */
export async function withSearchMemory<T>(
  db: Kysely<DB>,
  terms: readonly string[] | undefined,
  work: (db: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (!terms || terms.length === 0) {
    return work(db);
  }
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('work_mem', ${SEARCH_WORK_MEM}, true)`.execute(tx);
    return work(tx);
  });
}

/** The filters as conditions over the reports table under `alias`. */
export function reportConditions(alias: string, filters: ReportFilters): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filters.fieldId) {
    conditions.push(sql<SqlBool>`${ref(alias, 'field_id')} = ${filters.fieldId}`);
  }
  if (filters.areaIds) {
    conditions.push(
      filters.areaIds.length === 0
        ? sql<SqlBool>`false`
        : sql<SqlBool>`${ref(alias, 'area_id')} IN (${sql.join(filters.areaIds)})`,
    );
  }
  if (filters.channels && filters.channels.length > 0) {
    conditions.push(sql<SqlBool>`${ref(alias, 'channel')} IN (${sql.join(filters.channels)})`);
  }
  if (filters.leadAgencyId) {
    conditions.push(sql<SqlBool>`${ref(alias, 'lead_agency_id')} = ${filters.leadAgencyId}`);
  }
  if (filters.receivedFrom) {
    conditions.push(sql<SqlBool>`${ref(alias, 'received_at')} >= ${filters.receivedFrom}`);
  }
  if (filters.receivedTo) {
    conditions.push(sql<SqlBool>`${ref(alias, 'received_at')} < ${filters.receivedTo}`);
  }
  if (filters.terms) {
    conditions.push(...textCondition(alias, filters.terms));
  }
  return conditions;
}

export function allOf(conditions: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0
    ? sql<SqlBool>`true`
    : sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}

/** An area of the tenant and all areas below it (a province covers its communes and wards). */
export async function areaWithDescendants(
  db: Kysely<DB>,
  tenantId: string,
  area: { id: string } | { code: string },
): Promise<string[]> {
  const start =
    'id' in area
      ? sql`SELECT id FROM areas WHERE tenant_id = ${tenantId} AND id = ${area.id}`
      : sql`SELECT id FROM areas WHERE tenant_id = ${tenantId} AND code = ${area.code}`;
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      ${start}
      UNION
      SELECT a.id FROM areas a JOIN tree ON a.parent_id = tree.id WHERE a.tenant_id = ${tenantId}
    )
    SELECT id FROM tree LIMIT 5000`.execute(db);
  return rows.rows.map((row) => row.id);
}

/** Opaque page cursors: base64url JSON of the sort key of the last item. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** PostgreSQL's text of a timestamptz (`2026-03-02 02:00:00.123+00`) or `infinity`. */
const DB_INSTANT =
  /^(infinity|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CursorPart = 'instant' | 'uuid' | 'group';

/** Decodes a cursor whose parts have the given kinds; anything else is a 400. */
export function decodeCursor(text: string, parts: readonly CursorPart[]): (string | number)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === parts.length &&
      parts.every((part, i) => {
        const v: unknown = value[i];
        switch (part) {
          case 'instant':
            return typeof v === 'string' && DB_INSTANT.test(v);
          case 'uuid':
            return typeof v === 'string' && UUID.test(v);
          case 'group':
            return v === 0 || v === 1;
        }
      })
    ) {
      return value as (string | number)[];
    }
  } catch {
    // Falls through to the same answer as any other malformed cursor.
  }
  throw badQuery(
    'querystring.cursor',
    'cursor.invalid',
    'Con trỏ trang không hợp lệ.',
    'The page cursor is not valid.',
  );
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return (local - instant) / 60_000;
}

function startOfDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const guess = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return new Date(guess - offsetMinutes(guess, timeZone) * 60_000);
}

/**
 * A period's bounds: an instant with its offset, or a calendar date in the tenant's time zone
 * (`from` at the start of that day; `to` includes its whole day). `to` is exclusive.
 */
export function periodBounds(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
): { from?: Date; to?: Date } {
  const bounds: { from?: Date; to?: Date } = {};
  if (from !== undefined) {
    bounds.from = from.length === 10 ? startOfDay(from, timeZone) : new Date(from);
  }
  if (to !== undefined) {
    bounds.to =
      to.length === 10 ? new Date(startOfDay(to, timeZone).getTime() + 86_400_000) : new Date(to);
  }
  return bounds;
}
