import { EventDetails } from '../../../components/event-details';
import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { useTenant } from '../../../lib/tenant';

export type CitizenEvent = {
  type: string;
  occurredAt: string;
  details?: Record<string, unknown>;
};

/** The report's history as the citizen may read it, oldest first. */
export function CitizenTimeline({
  events,
  labelledBy,
}: {
  events: CitizenEvent[];
  labelledBy: string;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  return (
    <ol className="timeline" aria-labelledby={labelledBy}>
      {events.map((event, index) => (
        <li key={`${event.type}-${event.occurredAt}-${index}`} className="timeline__item">
          <p className="timeline__title">{labelOf(t, 'event', event.type)}</p>
          <p className="timeline__meta">
            <time dateTime={event.occurredAt}>
              {formatDateTime(event.occurredAt, language, tenant.timeZone)}
            </time>
          </p>
          {event.details ? <EventDetails payload={event.details} /> : null}
        </li>
      ))}
    </ol>
  );
}
