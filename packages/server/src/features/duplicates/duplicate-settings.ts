/**
 * How far, how long ago and how alike another report must be to be offered as a duplicate
 * candidate. A tenant sets them in `tenants.settings.duplicates` (any subset); the intake operator
 * may widen or narrow one search with the same keys as query parameters.
 */
import { z } from 'zod';
import type { Tenant } from '../../infra/db/schema';

export const duplicateSettingsSchema = z.strictObject({
  /** Great-circle distance between the two reports' points, in metres. */
  radiusMeters: z.number().int().min(10).max(50_000),
  /** Received within this many days before or after the report under intake. */
  periodDays: z.number().int().min(1).max(365),
  /** pg_trgm similarity (0–1) of the folded title and content; pg_trgm's own default is 0.3. */
  minSimilarity: z.number().min(0.05).max(1),
  /** Candidates returned at most. */
  limit: z.number().int().min(1).max(50),
});

export type DuplicateSettings = z.infer<typeof duplicateSettingsSchema>;

/**
 * A street lamp, a pothole or a fallen tree is reported by neighbours within a few hundred metres
 * and a few weeks; folded Vietnamese texts about unrelated things on the same street score about
 * 0.2–0.3, rewordings of the same incident 0.45 and more (docs/workflow/duplicates-audit-follow-up.md).
 */
export const DEFAULT_DUPLICATE_SETTINGS: DuplicateSettings = {
  radiusMeters: 300,
  periodDays: 30,
  minSimilarity: 0.3,
  limit: 10,
};

/** The tenant's settings over the defaults; an invalid stored value is a configuration error. */
export function duplicateSettings(tenant: Tenant): DuplicateSettings {
  const stored = (tenant.settings as { duplicates?: unknown }).duplicates ?? {};
  const parsed = duplicateSettingsSchema.partial().safeParse(stored);
  if (!parsed.success) {
    throw new Error(
      `tenant ${tenant.code} has invalid settings.duplicates: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')} ${issue.message}`)
        .join(', ')}`,
    );
  }
  return { ...DEFAULT_DUPLICATE_SETTINGS, ...parsed.data };
}
