import { AGENCY_SCOPED_ROLES, cleanLine } from '@paht/domain';
import type { Role } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, notFound, validationFailed } from '../../infra/http/app-error';
import type { FieldError } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import { getOrgUnit } from '../organisation/org-unit.queries';
import { hashPassword } from './password';
import { checkPasswordStrength } from './password-policy';
import { deleteOtherSessions } from './session.queries';
import { getUserWithUnit, insertUser, updateUser } from './user.queries';
import type { UserRow } from './user.queries';
import type { CreateUser, UpdateUser } from './user-admin.schemas';

/**
 * Agency roles act for a unit, so they need one; an operator works at an intake center
 * (DOMAIN.md glossary: "intake operator — intake center staff; call-center operator").
 */
async function checkRolesAndUnit(
  db: Kysely<DB>,
  tenantId: string,
  roles: Role[],
  orgUnitId: string | null,
): Promise<void> {
  const problems: FieldError[] = [];
  const unit = orgUnitId ? await getOrgUnit(db, tenantId, orgUnitId) : undefined;
  if (orgUnitId && !unit) {
    problems.push({
      path: 'body.orgUnitId',
      code: 'not_found',
      message: { vi: 'Không tìm thấy đơn vị.', en: 'The unit was not found.' },
    });
  } else if (!unit && roles.some((role) => AGENCY_SCOPED_ROLES.includes(role))) {
    problems.push({
      path: 'body.orgUnitId',
      code: 'required',
      message: {
        vi: 'Vai trò tiếp nhận, chuyên viên và lãnh đạo phải thuộc một đơn vị.',
        en: 'Operator, specialist and leader accounts must belong to a unit.',
      },
    });
  } else if (unit && roles.includes('operator') && unit.kind !== 'intake_center') {
    problems.push({
      path: 'body.roles',
      code: 'operator_unit',
      message: {
        vi: 'Nhân sự tiếp nhận phải thuộc đơn vị tiếp nhận (trung tâm/tổng đài).',
        en: 'Operators must belong to an intake center.',
      },
    });
  }
  if (problems.length > 0) {
    throw validationFailed(problems);
  }
}

export async function createUser(
  db: Kysely<DB>,
  actor: Actor,
  input: CreateUser,
): Promise<UserRow> {
  const staff = authorize(actor, 'users.manage');
  const roles = [...new Set(input.roles)];
  await checkRolesAndUnit(db, staff.tenantId, roles, input.orgUnitId ?? null);
  checkPasswordStrength(input.password, input.username, 'body.password');
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', staff.tenantId)
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (taken) {
    throw new AppError('CONFLICT', 'username taken', {
      fields: [
        {
          path: 'body.username',
          code: 'taken',
          message: { vi: 'Tên đăng nhập đã được sử dụng.', en: 'This user name is already used.' },
        },
      ],
    });
  }
  const id = await insertUser(db, {
    tenant_id: staff.tenantId,
    username: input.username,
    display_name: cleanLine(input.displayName),
    email: input.email ?? null,
    phone: input.phone ?? null,
    roles,
    org_unit_id: input.orgUnitId ?? null,
    password_hash: await hashPassword(input.password),
  });
  return getUserOrThrow(db, staff.tenantId, id);
}

export async function updateUserAccount(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  input: UpdateUser,
): Promise<UserRow> {
  const staff = authorize(actor, 'users.manage');
  const existing = await getUserOrThrow(db, staff.tenantId, userId);
  const roles = input.roles ? [...new Set(input.roles)] : existing.roles;
  const orgUnitId = input.orgUnitId !== undefined ? input.orgUnitId : existing.org_unit_id;
  await checkRolesAndUnit(db, staff.tenantId, roles, orgUnitId);
  if (
    staff.kind === 'user' &&
    staff.userId === userId &&
    (input.isActive === false || !roles.includes('admin'))
  ) {
    throw new AppError('CONFLICT', 'an admin cannot lock themselves out', {
      userMessage: {
        vi: 'Bạn không thể tự vô hiệu hóa hoặc bỏ quyền quản trị của chính mình.',
        en: 'You cannot deactivate yourself or remove your own admin role.',
      },
    });
  }
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, staff.tenantId, userId, {
      roles,
      org_unit_id: orgUnitId,
      ...(input.displayName !== undefined ? { display_name: cleanLine(input.displayName) } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
      ...(input.unlock ? { locked_until: null, failed_sign_ins: 0 } : {}),
    });
    // A deactivated account, or one that lost roles or changed unit, signs in again.
    if (input.isActive === false || input.roles || input.orgUnitId !== undefined) {
      await deleteOtherSessions(tx, userId, null);
    }
  });
  return getUserOrThrow(db, staff.tenantId, userId);
}

/** An admin sets a new password for an account; its sessions end. */
export async function resetUserPassword(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  newPassword: string,
  now: Date,
): Promise<void> {
  const staff = authorize(actor, 'users.manage');
  const user = await getUserOrThrow(db, staff.tenantId, userId);
  checkPasswordStrength(newPassword, user.username, 'body.newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, staff.tenantId, userId, {
      password_hash: passwordHash,
      password_changed_at: now,
      locked_until: null,
      failed_sign_ins: 0,
    });
    await deleteOtherSessions(tx, userId, null);
  });
}

async function getUserOrThrow(db: Kysely<DB>, tenantId: string, id: string): Promise<UserRow> {
  const user = await getUserWithUnit(db, tenantId, id);
  if (!user) {
    throw notFound('user');
  }
  return user;
}
