import { useI18n } from '../../../i18n/language-provider';
import { useTenant } from '../../../lib/tenant';
import type { ReportAttachment } from '../api/report-views';

/** Photos (as thumbnails) and other files of a report; the server gives tenant-relative URLs. */
export function ReportAttachments({
  attachments,
  headingLevel,
  headingId,
}: {
  attachments: ReportAttachment[];
  headingLevel: 3 | 4;
  headingId: string;
}) {
  const { t } = useI18n();
  const { tenant } = useTenant();
  if (attachments.length === 0) {
    return null;
  }
  const url = (path: string) => `/t/${tenant.code}${path}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t('track.attachments')}</Heading>
      <ul className="attachments">
        {attachments.map((attachment, index) => {
          const name = t('track.attachment', { number: index + 1 });
          return (
            <li key={attachment.id}>
              <a href={url(attachment.url)}>
                {attachment.thumbnailUrl ? (
                  <img src={url(attachment.thumbnailUrl)} alt={name} loading="lazy" />
                ) : (
                  name
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
