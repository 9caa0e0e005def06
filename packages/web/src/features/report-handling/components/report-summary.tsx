import { useI18n } from '../../../i18n/language-provider';
import type { ReportField } from '../../../lib/fields';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { useTenantProfile } from '../../../lib/profile';
import { useTenant } from '../../../lib/tenant';
import type { StaffReport } from '../api/report-decoders';

/** The report's header facts: state, kind, channel, times, field, track and its flags. */
export function ReportSummary({
  report,
  reportFields,
}: {
  report: StaffReport;
  reportFields: ReportField[];
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  const field = reportFields.find((candidate) => candidate.id === report.fieldId);
  const track = profile?.fastTracks.find((candidate) => candidate.id === report.track);
  const flags = [
    report.isOverdue ? t('deadlines.overdue') : null,
    report.isConfidential ? t('staffReport.confidential') : null,
    report.isStateSecret ? t('staffReport.stateSecret') : null,
  ].filter((flag): flag is string => flag !== null);
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('staffReport.summary')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('staffReport.state')}</dt>
          <dd>
            <span className="status">{labelOf(t, 'reportState', report.state)}</span>
          </dd>
        </div>
        {flags.length > 0 ? (
          <div className="details__row">
            <dt>{t('staffReport.flags')}</dt>
            <dd>
              <ul className="tags">
                {flags.map((flag) => (
                  <li key={flag} className="tag tag--warning">
                    {flag}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div className="details__row">
          <dt>{t('staffReport.kind')}</dt>
          <dd>{labelOf(t, 'kind', report.kind)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('staffReport.channel')}</dt>
          <dd>{labelOf(t, 'channel', report.channel)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('staffReport.receivedAt')}</dt>
          <dd>{formatDateTime(report.receivedAt, language, tenant.timeZone)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('staffReport.incidentAt')}</dt>
          <dd>
            {report.incidentAt
              ? formatDateTime(report.incidentAt, language, tenant.timeZone)
              : t('staffReport.notGiven')}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('staffReport.field')}</dt>
          {field ? (
            <dd lang={language === 'en' && field.nameEn ? undefined : 'vi'}>
              {language === 'en' && field.nameEn ? field.nameEn : field.name}
            </dd>
          ) : (
            <dd>{t('staffReport.noField')}</dd>
          )}
        </div>
        <div className="details__row">
          <dt>{t('staffReport.track')}</dt>
          <dd>{track ? track.label[language] : t('staffReport.normalTrack')}</dd>
        </div>
      </dl>
    </section>
  );
}
