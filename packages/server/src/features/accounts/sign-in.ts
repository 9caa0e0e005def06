import type { Kysely } from 'kysely';
import type { DB, Tenant } from '../../infra/db/schema';
import { AppError } from '../../infra/http/app-error';
import { randomToken, sha256 } from '../../infra/http/tokens';
import { dummyPasswordHash, verifyPassword } from './password';
import { insertSession } from './session.queries';
import { findUserForSignIn, recordSignInAttempt, updateUser } from './user.queries';

/** Consecutive failures that lock an account, and for how long (OWASP authentication guidance). */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInInput = {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
};
export type SignInResult = {
  userId: string;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
};

/**
 * Verifies a staff member's password and opens a session. Unknown user names take as long as
 * wrong passwords and answer the same, so the endpoint does not reveal which accounts exist.
 * After MAX_FAILED_SIGN_INS consecutive failures the account locks for LOCKOUT_MINUTES.
 */
export async function signIn(
  db: Kysely<DB>,
  tenant: Tenant,
  input: SignInInput,
  options: { now: Date; sessionTtlHours: number },
): Promise<SignInResult> {
  const { now } = options;
  const username = input.username.trim().toLowerCase();
  const user = await findUserForSignIn(db, tenant.id, username);
  const attempt = { tenantId: tenant.id, username, ip: input.ip };
  if (!user || !user.is_active) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await recordSignInAttempt(db, { ...attempt, succeeded: false });
    throw new AppError('INVALID_CREDENTIALS', 'unknown or inactive user');
  }
  if (user.locked_until && user.locked_until > now) {
    await recordSignInAttempt(db, { ...attempt, succeeded: false });
    throw lockedError(user.locked_until, now);
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_sign_ins + 1;
    const lockedUntil =
      failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.transaction().execute(async (tx) => {
      await updateUser(tx, tenant.id, user.id, {
        failed_sign_ins: lockedUntil ? 0 : failures,
        locked_until: lockedUntil,
      });
      await recordSignInAttempt(tx, { ...attempt, succeeded: false });
    });
    if (lockedUntil) {
      throw lockedError(lockedUntil, now);
    }
    throw new AppError('INVALID_CREDENTIALS', 'wrong password');
  }
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + options.sessionTtlHours * 3_600_000);
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, tenant.id, user.id, {
      failed_sign_ins: 0,
      locked_until: null,
      last_sign_in_at: now,
    });
    await insertSession(tx, {
      id: sha256(sessionToken),
      tenantId: tenant.id,
      userId: user.id,
      csrfToken,
      ip: input.ip,
      userAgent: input.userAgent,
      expiresAt,
    });
    await recordSignInAttempt(tx, { ...attempt, succeeded: true });
  });
  return { userId: user.id, sessionToken, csrfToken, expiresAt };
}

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('ACCOUNT_LOCKED', 'account locked after repeated failures', {
    extra: { retryAfterSeconds, lockedUntil: until.toISOString() },
  });
}
