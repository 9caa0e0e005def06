import { useI18n } from '../i18n/language-provider';
import type { MessageKey } from '../i18n/messages';
import { formatInstant } from '../lib/format';
import { labelKey } from '../lib/labels';
import { ratingLabel, useTenantProfile } from '../lib/profile';
import { useTenant } from '../lib/tenant';

type DetailKind = 'text' | 'reason' | 'level' | 'instant' | 'unit' | 'units';

/**
 * The payload keys a timeline shows, in this order, and how. Anything else (ids, internal
 * bookkeeping) is left out; the server already strips what citizens may not read.
 */
const DETAILS: readonly { key: string; label: MessageKey; kind: DetailKind }[] = [
  { key: 'message', label: 'detail.message', kind: 'text' },
  { key: 'question', label: 'detail.question', kind: 'text' },
  { key: 'answer', label: 'detail.answer', kind: 'text' },
  { key: 'summary', label: 'detail.summary', kind: 'text' },
  { key: 'reason', label: 'detail.reason', kind: 'reason' },
  { key: 'explanation', label: 'detail.explanation', kind: 'text' },
  { key: 'guidance', label: 'detail.guidance', kind: 'text' },
  { key: 'basis', label: 'detail.basis', kind: 'text' },
  { key: 'decisionRef', label: 'detail.decisionRef', kind: 'text' },
  { key: 'provinceDecisionRef', label: 'detail.provinceDecisionRef', kind: 'text' },
  { key: 'noticeRef', label: 'detail.noticeRef', kind: 'text' },
  { key: 'edits', label: 'detail.edits', kind: 'text' },
  { key: 'leadAgencyId', label: 'detail.leadAgencyId', kind: 'unit' },
  { key: 'coordinatingAgencyIds', label: 'detail.coordinatingAgencyIds', kind: 'units' },
  { key: 'agencyIds', label: 'detail.agencyIds', kind: 'units' },
  { key: 'agencyId', label: 'detail.agencyId', kind: 'unit' },
  { key: 'unitId', label: 'detail.unitId', kind: 'unit' },
  { key: 'suggestedAgencyId', label: 'detail.suggestedAgencyId', kind: 'unit' },
  { key: 'level', label: 'detail.level', kind: 'level' },
  { key: 'appointmentAt', label: 'detail.appointmentAt', kind: 'instant' },
  { key: 'newAppointmentAt', label: 'detail.newAppointmentAt', kind: 'instant' },
  { key: 'to', label: 'detail.to', kind: 'instant' },
  { key: 'noticeToReporter', label: 'detail.noticeToReporter', kind: 'text' },
  { key: 'note', label: 'detail.note', kind: 'text' },
];

/** An event's payload in words: requests, answers, reasons, dates, agencies. */
export function EventDetails({
  payload,
  unitName,
}: {
  payload: Record<string, unknown>;
  /** Names an agency by id (staff pages); without it, agency fields are left out. */
  unitName?: (id: string) => string | null;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();

  const describe = (kind: DetailKind, value: unknown): string | null => {
    if (kind === 'units') {
      if (!Array.isArray(value) || !unitName) {
        return null;
      }
      const names = value.flatMap((id) => (typeof id === 'string' ? [unitName(id) ?? id] : []));
      return names.length > 0 ? names.join('; ') : null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      return null;
    }
    switch (kind) {
      case 'unit':
        return unitName ? (unitName(value) ?? value) : null;
      case 'instant':
        return formatInstant(value, language, tenant.timeZone);
      case 'level':
        return ratingLabel(profile, value, language);
      case 'reason': {
        const key = labelKey('rejectReason', value) ?? labelKey('escalationReason', value);
        return key ? t(key) : value;
      }
      case 'text':
        return value;
    }
  };

  const rows = DETAILS.flatMap(({ key, label, kind }) => {
    const text = describe(kind, payload[key]);
    return text
      ? [{ key, label: t(label), text, isUnit: kind === 'unit' || kind === 'units' }]
      : [];
  });
  if (rows.length === 0) {
    return null;
  }
  return (
    <dl className="event-details">
      {rows.map((row) => (
        <div key={row.key} className="event-details__row">
          <dt>{row.label}</dt>
          <dd className="preserve-lines" lang={row.isUnit ? 'vi' : undefined}>
            {row.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
