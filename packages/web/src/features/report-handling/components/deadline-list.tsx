import { findStepRule } from '@paht/domain';
import type { StepId } from '@paht/domain';
import { useI18n } from '../../../i18n/language-provider';
import { formatInstant } from '../../../lib/format';
import { useTenantProfile } from '../../../lib/profile';
import { useTenant } from '../../../lib/tenant';
import { useNow } from '../../../lib/use-now';
import type { ReportDeadline } from '../api/report-decoders';

function isOverdue(deadline: ReportDeadline, now: number): boolean {
  return deadline.overdueAt !== null || Date.parse(deadline.dueAt) <= now;
}

/**
 * The steps whose clock runs now, nearest first: the step's name from the profile, its unit, the
 * due instant in the province's time zone, and "Quá hạn" in words (not only in colour).
 */
export function DeadlineList({
  deadlines,
  unitName,
}: {
  deadlines: ReportDeadline[];
  unitName: (id: string) => string;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  const now = useNow();
  const sorted = [...deadlines].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const stepName = (step: string) => {
    const rule = profile ? findStepRule(profile, step as StepId) : undefined;
    return rule ? rule.label[language] : step;
  };
  return (
    <section className="card" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('deadlines.title')}</h2>
      {sorted.length === 0 ? <p className="muted">{t('deadlines.empty')}</p> : null}
      <ul className="deadline-list">
        {sorted.map((deadline) => {
          const overdue = isOverdue(deadline, now);
          return (
            <li key={deadline.id} className={overdue ? 'deadline deadline--overdue' : 'deadline'}>
              <p className="deadline__step">
                {stepName(deadline.step)}{' '}
                <span className={overdue ? 'tag tag--danger' : 'tag tag--ok'}>
                  {overdue ? t('deadlines.overdue') : t('deadlines.onTime')}
                </span>
                {deadline.isExtended ? (
                  <>
                    {' '}
                    <span className="tag">{t('deadlines.extended')}</span>
                  </>
                ) : null}
              </p>
              <p className="deadline__due">
                {t('deadlines.due', {
                  time: formatInstant(deadline.dueAt, language, tenant.timeZone),
                })}
              </p>
              {deadline.overdueAt ? (
                <p className="deadline__overdue">
                  {t('deadlines.overdueSince', {
                    time: formatInstant(deadline.overdueAt, language, tenant.timeZone),
                  })}
                </p>
              ) : null}
              <p className="deadline__meta">
                {t('deadlines.unit')}: <span lang="vi">{unitName(deadline.unitId)}</span>
                <br />
                {t('deadlines.article')}: <span lang="vi">{deadline.article}</span>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
