import { cleanLine } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB, OrgUnit } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { AppError, notFound, validationFailed } from '../../infra/http/app-error';
import { authorize } from '../../infra/http/authorize';
import type { CreateOrgUnit, UpdateOrgUnit } from './organisation.schemas';
import { findAncestorIds, getOrgUnit } from './org-unit.queries';

const parentNotFound = () =>
  validationFailed([
    {
      path: 'body.parentId',
      code: 'not_found',
      message: { vi: 'Không tìm thấy đơn vị cấp trên.', en: 'The parent unit was not found.' },
    },
  ]);

/** Creates an organisation unit of the actor's tenant (admin). */
export async function createOrgUnit(
  db: Kysely<DB>,
  actor: Actor,
  input: CreateOrgUnit,
): Promise<OrgUnit> {
  const staff = authorize(actor, 'org_units.manage');
  if (input.parentId && !(await getOrgUnit(db, staff.tenantId, input.parentId))) {
    throw parentNotFound();
  }
  const duplicate = await db
    .selectFrom('org_units')
    .select('id')
    .where('tenant_id', '=', staff.tenantId)
    .where('code', '=', input.code)
    .executeTakeFirst();
  if (duplicate) {
    throw new AppError('CONFLICT', 'org unit code taken', {
      fields: [
        {
          path: 'body.code',
          code: 'taken',
          message: { vi: 'Mã đơn vị đã được sử dụng.', en: 'This unit code is already used.' },
        },
      ],
    });
  }
  return db
    .insertInto('org_units')
    .values({
      tenant_id: staff.tenantId,
      code: input.code,
      name: cleanLine(input.name),
      short_name: input.shortName ? cleanLine(input.shortName) : null,
      kind: input.kind,
      parent_id: input.parentId ?? null,
      contact: JSON.stringify(input.contact ?? {}),
      calendar_code: input.calendarCode ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Edits a unit; a parent that would make the tree a cycle is refused. */
export async function updateOrgUnit(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: UpdateOrgUnit,
): Promise<OrgUnit> {
  const staff = authorize(actor, 'org_units.manage');
  const unit = await getOrgUnit(db, staff.tenantId, id);
  if (!unit) {
    throw notFound('org unit');
  }
  if (input.parentId) {
    if (!(await getOrgUnit(db, staff.tenantId, input.parentId))) {
      throw parentNotFound();
    }
    if ((await findAncestorIds(db, staff.tenantId, input.parentId)).includes(id)) {
      throw validationFailed([
        {
          path: 'body.parentId',
          code: 'cycle',
          message: {
            vi: 'Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị cấp dưới của nó.',
            en: 'A unit cannot be placed under itself or one of its own sub-units.',
          },
        },
      ]);
    }
  }
  return db
    .updateTable('org_units')
    .set({
      ...(input.name !== undefined ? { name: cleanLine(input.name) } : {}),
      ...(input.shortName !== undefined ? { short_name: cleanLine(input.shortName) } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
      ...(input.contact !== undefined ? { contact: JSON.stringify(input.contact) } : {}),
      ...(input.calendarCode !== undefined ? { calendar_code: input.calendarCode } : {}),
      ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
    })
    .where('tenant_id', '=', staff.tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
