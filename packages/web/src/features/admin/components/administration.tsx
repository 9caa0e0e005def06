import { useI18n } from '../../../i18n/language-provider';
import { useTenant } from '../../../lib/tenant';
import { useFields } from '../../../lib/fields';
import { useOrgUnits } from '../../../lib/org-units';
import { useUsers } from '../api/get-users';
import { AdminSection } from './admin-section';
import { FieldsTable } from './fields-table';
import { OrgUnitTree } from './org-unit-tree';
import { UsersTable } from './users-table';

const SECTIONS = [
  { id: 'to-chuc', title: 'admin.orgUnits.title' },
  { id: 'tai-khoan', title: 'admin.users.title' },
  { id: 'linh-vuc', title: 'admin.fields.title' },
] as const;

/** The read-only administration page: organisation tree, staff accounts and report fields. */
export function Administration() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const orgUnits = useOrgUnits();
  const users = useUsers();
  const fields = useFields();
  const unitNames = new Map((orgUnits.data ?? []).map((unit) => [unit.id, unit.name]));

  return (
    <>
      <nav className="page-contents" aria-label={t('admin.contents')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <AdminSection
        id="to-chuc"
        title={t('admin.orgUnits.title')}
        query={orgUnits}
        empty={t('admin.orgUnits.empty')}
      >
        {(units) => <OrgUnitTree units={units} />}
      </AdminSection>
      <AdminSection
        id="tai-khoan"
        title={t('admin.users.title')}
        query={users}
        empty={t('admin.users.empty')}
      >
        {(items) => <UsersTable users={items} unitNames={unitNames} timeZone={tenant.timeZone} />}
      </AdminSection>
      <AdminSection
        id="linh-vuc"
        title={t('admin.fields.title')}
        query={fields}
        empty={t('admin.fields.empty')}
      >
        {(items) => <FieldsTable fields={items} unitNames={unitNames} />}
      </AdminSection>
    </>
  );
}
