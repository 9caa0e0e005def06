import { isRole } from '@paht/domain';
import { EventDetails } from '../../../components/event-details';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { roleLabel } from '../../../lib/roles';
import { useTenant } from '../../../lib/tenant';
import { useReportEvents } from '../api/get-report';
import type { ReportEvent } from '../api/report-decoders';

function Actor({ event, unitName }: { event: ReportEvent; unitName: (id: string) => string }) {
  const { t, language } = useI18n();
  if (event.actorKind === 'reporter') {
    return <>{t('timeline.reporter')}</>;
  }
  if (event.actorKind !== 'staff') {
    return <>{t('timeline.system')}</>;
  }
  const roles = (event.actorRole ?? '')
    .split(',')
    .filter(isRole)
    .map((role) => roleLabel(role, language));
  return (
    <>
      {roles.join(', ')}
      {event.actorUnitId ? (
        <>
          {roles.length > 0 ? ' — ' : null}
          <span lang="vi">{unitName(event.actorUnitId)}</span>
        </>
      ) : null}
    </>
  );
}

/** The report's whole history (`GET /api/reports/:id/events`), oldest first. */
export function StaffTimeline({
  reportId,
  unitName,
}: {
  reportId: string;
  unitName: (id: string) => string;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const events = useReportEvents(reportId);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {events.isPending ? <LoadingState /> : null}
      {events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : null}
      {events.data?.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      {events.data && events.data.length > 0 ? (
        <ol className="timeline" aria-labelledby="timeline-title">
          {events.data.map((event) => (
            <li key={event.seq} className="timeline__item">
              <p className="timeline__title">
                {labelOf(t, 'event', event.type)}
                {event.isPublic ? null : (
                  <>
                    {' '}
                    <span className="tag">{t('timeline.internal')}</span>
                  </>
                )}
              </p>
              <p className="timeline__meta">
                <time dateTime={event.occurredAt}>
                  {formatDateTime(event.occurredAt, language, tenant.timeZone)}
                </time>
                {' · '}
                <Actor event={event} unitName={unitName} />
              </p>
              {event.toState ? (
                <p className="timeline__state">
                  {t('staffReport.state')}: {labelOf(t, 'reportState', event.toState)}
                </p>
              ) : null}
              <EventDetails payload={event.payload} unitName={unitName} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
