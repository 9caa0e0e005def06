import { useParams } from 'react-router';
import { StaffReportPage } from '../../features/report-handling/components/staff-report-page';
import { useSignedInSession } from '../../lib/auth';

/** `/t/:tenantCode/can-bo/phan-anh/:reportId` (the link in staff e-mails): one report's page. */
export function StaffReportRoute() {
  const session = useSignedInSession();
  const { reportId = '' } = useParams();
  return (
    <div className="page page--report">
      <StaffReportPage key={reportId} reportId={reportId} session={session} />
    </div>
  );
}
