import { Link } from 'react-router';
import { useI18n } from '../../../i18n/language-provider';
import type { Role } from '../../../lib/roles';
import { sectionsFor } from '../staff-sections';

/** The sections the user's roles work in; those with a screen already are links. */
export function StaffSections({ tenantCode, roles }: { tenantCode: string; roles: Role[] }) {
  const { t } = useI18n();
  const sections = sectionsFor(roles);
  return (
    <section aria-labelledby="staff-sections-title">
      <h2 id="staff-sections-title">{t('staff.sections')}</h2>
      <ul className="section-list">
        {sections.map((section) => (
          <li key={section.id} className="section-list__item">
            {section.path ? (
              <Link className="section-list__title" to={section.path(tenantCode)}>
                {t(section.title)}
              </Link>
            ) : (
              <p className="section-list__title">
                {t(section.title)}{' '}
                <span className="badge badge--muted">{t('staff.notYetAvailable')}</span>
              </p>
            )}
            <p className="section-list__description">{t(section.description)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
