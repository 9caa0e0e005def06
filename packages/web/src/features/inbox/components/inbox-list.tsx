import { Link } from 'react-router';
import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime, formatInstant } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useTenant } from '../../../lib/tenant';
import type { InboxItem } from '../api/get-inbox';
import { useStageLabel } from './inbox-filter-form';

const DEADLINE_TAGS: Record<string, string> = {
  overdue: 'tag tag--danger',
  due_soon: 'tag tag--warning',
  on_time: 'tag tag--ok',
};

/** The waiting reports, each a link to its page, with where it waits and its nearest deadline. */
export function InboxList({ items }: { items: InboxItem[] }) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const stageLabel = useStageLabel();
  return (
    <ul className="inbox-list" aria-label={t('inbox.list')}>
      {items.map((item) => (
        <li
          key={`${item.report.id}:${item.assignment?.id ?? ''}`}
          className={
            item.deadline?.state === 'overdue' ? 'inbox-item inbox-item--overdue' : 'inbox-item'
          }
        >
          <p className="inbox-item__title">
            <Link to={paths.staffReport(tenant.code, item.report.id)}>
              <span className="inbox-item__code">{item.report.trackingCode}</span>{' '}
              {item.report.title}
            </Link>
          </p>
          <p className="inbox-item__meta">
            <span className="status">{stageLabel(item.state)}</span>{' '}
            <span className="tag">{item.isMine ? t('inbox.mine') : t('inbox.unit')}</span>
            {item.report.isConfidential ? (
              <>
                {' '}
                <span className="tag">{t('staffReport.confidential')}</span>
              </>
            ) : null}
          </p>
          {item.deadline ? (
            <p className="inbox-item__deadline">
              <span className={DEADLINE_TAGS[item.deadline.state] ?? 'tag'}>
                {labelOf(t, 'deadlineState', item.deadline.state)}
              </span>{' '}
              {t('inbox.due', {
                time: formatInstant(item.deadline.dueAt, language, tenant.timeZone),
              })}
            </p>
          ) : (
            <p className="inbox-item__deadline muted">{t('inbox.noDeadline')}</p>
          )}
          <p className="muted small">
            {t('inbox.received', {
              time: formatDateTime(item.report.receivedAt, language, tenant.timeZone),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
