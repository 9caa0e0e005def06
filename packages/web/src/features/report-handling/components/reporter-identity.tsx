import { useI18n } from '../../../i18n/language-provider';
import { labelOf } from '../../../lib/labels';
import { useRevealReporter } from '../api/reveal-reporter';
import type { ReporterIdentity as Identity } from '../api/report-decoders';
import { ErrorState } from '../../../components/query-state';

function IdentityDetails({ identity }: { identity: Identity }) {
  const { t } = useI18n();
  const given = (value: string | null) => value ?? t('reporter.notGiven');
  const yesNo = (value: boolean) => (value ? t('reporter.yes') : t('reporter.no'));
  const rows: [string, string, boolean][] = [
    [t('reporter.name'), given(identity.name), true],
    [t('reporter.phone'), given(identity.phone), false],
    [t('reporter.email'), given(identity.email), false],
    [t('reporter.address'), given(identity.address), true],
    [t('reporter.citizenId'), given(identity.citizenId), false],
    [t('reporter.language'), labelOf(t, 'replyLanguage', identity.language), false],
    [t('reporter.consentPublicIdentity'), yesNo(identity.consentPublicIdentity), false],
    [t('reporter.consentDataProcessing'), yesNo(identity.consentDataProcessing), false],
    [t('reporter.identityHidden'), yesNo(identity.isIdentityHidden), false],
  ];
  return (
    <dl className="details" id="reporter-details">
      {rows.map(([label, value, isVietnamese]) => (
        <div key={label} className="details__row">
          <dt>{label}</dt>
          <dd lang={isVietnamese ? 'vi' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The reporter's identity, behind an explicit click: the server writes every read to the audit
 * log, so it is read once per click and never refetched by itself.
 */
export function ReporterIdentity({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const reveal = useRevealReporter(reportId);
  return (
    <section className="card" aria-labelledby="reporter-title">
      <h2 id="reporter-title">{t('reporter.title')}</h2>
      <p className="muted">{t('reporter.explain')}</p>
      {reveal.data ? (
        <>
          <IdentityDetails identity={reveal.data} />
          <button type="button" className="button button--secondary" onClick={() => reveal.reset()}>
            {t('reporter.hide')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={reveal.isPending}
          onClick={() => {
            if (!reveal.isPending) {
              reveal.mutate();
            }
          }}
        >
          {reveal.isPending ? t('state.loading') : t('reporter.show')}
        </button>
      )}
      {reveal.isError ? <ErrorState error={reveal.error} /> : null}
    </section>
  );
}
