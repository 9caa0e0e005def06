/**
 * The audit log for supervisors and administrators (issue 4 item 10): who read which reporter's
 * personal data, who exported what, who verified the event log — newest first, by pages.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';
import { authorizeList } from '../../infra/http/authorize';
import { findAuditEntries } from './audit.queries';
import type { AuditCursor, AuditEntryRow, AuditFilters } from './audit.queries';

export type AuditPage = { items: AuditEntryRow[]; nextCursor: string | null };

/** PostgreSQL's ISO text of a timestamptz, e.g. `2026-03-02 02:00:00.123456+00`. */
const DB_INSTANT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): AuditCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      DB_INSTANT.test(value[0]) &&
      Number.isInteger(value[1])
    ) {
      return { occurredAt: value[0], id: Number(value[1]) };
    }
  } catch {
    // Falls through to the same answer as any other malformed cursor.
  }
  throw new AppError('VALIDATION_FAILED', 'malformed cursor', {
    fields: [
      {
        path: 'querystring.cursor',
        code: 'cursor.invalid',
        message: { vi: 'Con trỏ trang không hợp lệ.', en: 'The page cursor is not valid.' },
      },
    ],
  });
}

export async function findAuditLog(
  db: Kysely<DB>,
  actor: Actor,
  filters: AuditFilters,
  page: { cursor?: string | undefined; limit: number },
): Promise<AuditPage> {
  const scope = authorizeList(actor, 'audit.read');
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await findAuditEntries(db, scope.tenantId, filters, after, page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor({ occurredAt: last.occurred_at_text, id: last.id })
        : null,
  };
}
