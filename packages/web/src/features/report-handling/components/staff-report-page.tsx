import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { useI18n } from '../../../i18n/language-provider';
import type { Session } from '../../../lib/auth';
import { useFields } from '../../../lib/fields';
import { formatDateTime } from '../../../lib/format';
import { useOrgUnits } from '../../../lib/org-units';
import { paths } from '../../../lib/paths';
import { useTenantProfile } from '../../../lib/profile';
import { PERSONAL_DATA_ROLES, hasAnyRole } from '../../../lib/roles';
import { useTenant } from '../../../lib/tenant';
import { usePageTitle } from '../../../lib/use-page-title';
import { useReport } from '../api/get-report';
import type { StaffReport } from '../api/report-decoders';
import { ActionPanel } from './action-panel';
import { AssignmentList } from './assignment-list';
import { DeadlineList } from './deadline-list';
import { ReportContent } from './report-content';
import { ReportSummary } from './report-summary';
import { ReporterIdentity } from './reporter-identity';
import { StaffTimeline } from './staff-timeline';

/** Before distribution the intake center may still edit the text (server: `edit-content.ts`). */
const EDITABLE_STATES = [
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'returned_to_intake',
];

function canEditContent(report: StaffReport, session: Session): boolean {
  const { user } = session;
  return (
    user.roles.includes('operator') &&
    user.orgUnit !== null &&
    user.orgUnit.id === report.intakeCenterId &&
    EDITABLE_STATES.includes(report.state)
  );
}

function AnswerSection({ report }: { report: StaffReport }) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  if (!report.answer) {
    return null;
  }
  return (
    <section className="card" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('staffAnswer.title')}</h2>
      <p className="preserve-lines">{report.answer}</p>
      {report.answeredAt ? (
        <p className="muted small">
          {t('staffAnswer.answeredAt', {
            time: formatDateTime(report.answeredAt, language, tenant.timeZone),
          })}
        </p>
      ) : null}
      {report.publishedAt ? (
        <p className="muted small">
          {t('staffAnswer.publishedAt', {
            time: formatDateTime(report.publishedAt, language, tenant.timeZone),
          })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The staff's report page: header and deadlines, the actions the user may take now, the text
 * (with an operator's edits shown against the original), agencies, answer, the reporter behind
 * an audited click, and the whole history.
 */
export function StaffReportPage({ reportId, session }: { reportId: string; session: Session }) {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  const report = useReport(reportId);
  const orgUnits = useOrgUnits();
  const fields = useFields();
  const trackingCode = report.data?.trackingCode;
  const page = trackingCode
    ? t('staffReport.pageTitle', { code: trackingCode })
    : t('staffReport.heading');
  usePageTitle(t('app.pageTitle', { page, site: tenant.name }));

  if (report.isPending || report.isError) {
    return (
      <>
        <h1>{t('staffReport.heading')}</h1>
        {report.isPending ? <LoadingState /> : null}
        {report.isError ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : null}
        <p>
          <Link to={paths.inbox(tenant.code)}>{t('staffReport.backInbox')}</Link>
        </p>
      </>
    );
  }
  const data = report.data;
  const units = orgUnits.data ?? [];
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? id;
  return (
    <>
      <p className="eyebrow">{t('staffReport.trackingCode', { code: data.trackingCode })}</p>
      <h1>{data.title}</h1>
      <div className="report-layout">
        <div className="report-layout__side">
          <ReportSummary report={data} reportFields={fields.data ?? []} />
          <DeadlineList deadlines={data.deadlines} unitName={unitName} />
          {profile ? (
            <ActionPanel
              report={data}
              profile={profile}
              orgUnits={units}
              reportFields={fields.data ?? []}
            />
          ) : null}
          {hasAnyRole(session.user.roles, PERSONAL_DATA_ROLES) ? (
            <ReporterIdentity reportId={data.id} />
          ) : null}
        </div>
        <div className="report-layout__main">
          <ReportContent report={data} canEdit={canEditContent(data, session)} />
          <AssignmentList assignments={data.assignments} unitName={unitName} />
          <AnswerSection report={data} />
          <StaffTimeline reportId={data.id} unitName={unitName} />
        </div>
      </div>
      <p>
        <Link to={paths.inbox(tenant.code)}>{t('staffReport.backInbox')}</Link>
      </p>
    </>
  );
}
