import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { useTenant } from '../../../lib/tenant';
import type { Assignment } from '../api/report-decoders';

/** The agencies the report went to: lead or coordinating, and where each stands. */
export function AssignmentList({
  assignments,
  unitName,
}: {
  assignments: Assignment[];
  unitName: (id: string) => string;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  return (
    <section className="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{t('assignments.title')}</h2>
      {assignments.length === 0 ? <p className="muted">{t('assignments.empty')}</p> : null}
      <ul className="assignment-list">
        {assignments.map((assignment) => (
          <li key={assignment.id} className="assignment">
            <p className="assignment__name" lang="vi">
              {unitName(assignment.agencyId)}
            </p>
            <p className="assignment__meta">
              <span className="tag">{labelOf(t, 'assignmentRole', assignment.role)}</span>{' '}
              <span className="status">{labelOf(t, 'assignmentState', assignment.state)}</span>
            </p>
            <p className="muted small">
              {t('assignments.receivedAt', {
                time: formatDateTime(assignment.receivedAt, language, tenant.timeZone),
              })}
              {assignment.extensionCount > 0
                ? ` · ${t('assignments.extensions', { count: assignment.extensionCount })}`
                : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
