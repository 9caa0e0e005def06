import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { UserActor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';
import { hashPassword, verifyPassword } from './password';
import { checkPasswordStrength } from './password-policy';
import { deleteOtherSessions } from './session.queries';
import { getPasswordHash, updateUser } from './user.queries';

/** A user changes their own password; every other session of theirs ends. */
export async function changePassword(
  db: Kysely<DB>,
  actor: UserActor,
  input: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<void> {
  const current = await getPasswordHash(db, actor.userId);
  if (!current || !(await verifyPassword(current, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', 'current password is wrong', {
      fields: [
        {
          path: 'body.currentPassword',
          code: 'invalid_credentials',
          message: {
            vi: 'Mật khẩu hiện tại không đúng.',
            en: 'The current password is not correct.',
          },
        },
      ],
    });
  }
  checkPasswordStrength(input.newPassword, actor.username, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, actor.tenantId, actor.userId, {
      password_hash: passwordHash,
      password_changed_at: now,
    });
    await deleteOtherSessions(tx, actor.userId, actor.sessionId);
  });
}
