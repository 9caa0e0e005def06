import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { ratingLabel, useTenantProfile } from '../../../lib/profile';
import { useTenant } from '../../../lib/tenant';
import type { PublicReport } from '../api/report-views';
import { ReportFacts } from './report-facts';
import { ReportSections } from './report-sections';

/** What anyone may read by tracking code: state, text, place, public history, published answer. */
export function PublicReportView({ report }: { report: PublicReport }) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  return (
    <article className="card" aria-labelledby="public-report-title">
      <h2 id="public-report-title">{report.title}</h2>
      <ReportFacts report={report} />
      <ReportSections
        headingLevel={3}
        idPrefix="public"
        content={report.content}
        location={report.location}
        attachments={report.attachments}
        answer={report.answer}
        answerTime={
          report.publishedAt
            ? t('track.publishedAt', {
                time: formatDateTime(report.publishedAt, language, tenant.timeZone),
              })
            : null
        }
        rating={
          report.rating ? (
            <p>{t('track.rating', { rating: ratingLabel(profile, report.rating, language) })}</p>
          ) : null
        }
        events={report.timeline}
      />
    </article>
  );
}
