import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { roleLabel } from '../../../lib/roles';
import type { StaffAccount } from '../api/get-users';
import { DataTable } from './data-table';

export function UsersTable({
  users,
  unitNames,
  timeZone,
}: {
  users: StaffAccount[];
  unitNames: ReadonlyMap<string, string>;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  const sorted = [...users].sort((a, b) => a.username.localeCompare(b.username, 'vi'));
  const status = (user: StaffAccount) => {
    if (!user.isActive) {
      return t('admin.users.inactive');
    }
    return user.isLocked ? t('admin.users.locked') : t('admin.users.active');
  };
  return (
    <DataTable
      caption={t('admin.users.title')}
      headers={[
        t('admin.users.displayName'),
        t('admin.users.username'),
        t('admin.users.roles'),
        t('admin.users.orgUnit'),
        t('admin.users.status'),
        t('admin.users.lastSignIn'),
      ]}
    >
      {sorted.map((user) => (
        <tr key={user.id} className={user.isActive ? undefined : 'table__row--inactive'}>
          <td lang="vi">{user.displayName}</td>
          <td>
            <code>{user.username}</code>
          </td>
          <td>{user.roles.map((role) => roleLabel(role, language)).join(', ')}</td>
          <td lang="vi">{(user.orgUnitId && unitNames.get(user.orgUnitId)) || t('admin.none')}</td>
          <td>{status(user)}</td>
          <td>
            {user.lastSignInAt
              ? formatDateTime(user.lastSignInAt, language, timeZone)
              : t('admin.users.never')}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
