import { useI18n } from '../../../i18n/language-provider';
import type { SessionUser } from '../../../lib/auth';
import { roleLabel } from '../../../lib/roles';

/** Who is signed in: user name, roles in words, and their organisation unit. */
export function StaffProfile({ user }: { user: SessionUser }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="staff-profile-title">
      <h2 id="staff-profile-title">{t('staff.profile')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('staff.username')}</dt>
          <dd>
            <code>{user.username}</code>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('staff.roles')}</dt>
          <dd>
            <ul className="tags">
              {user.roles.map((role) => (
                <li key={role} className="tag">
                  {roleLabel(role, language)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('staff.orgUnit')}</dt>
          {user.orgUnit ? <dd lang="vi">{user.orgUnit.name}</dd> : <dd>{t('staff.noOrgUnit')}</dd>}
        </div>
      </dl>
    </section>
  );
}
