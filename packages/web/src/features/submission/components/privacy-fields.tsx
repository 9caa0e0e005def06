import { CheckboxField } from '../../../components/checkbox-field';
import { useI18n } from '../../../i18n/language-provider';
import { SUBMISSION_FIELD_IDS } from '../submission-form';
import type { SubmissionPartProps } from './submission-field-props';

/**
 * Confidentiality and consent. Whether the name may be shown publicly follows the profile's
 * rule (`publication.identity`): hidden on request (Vĩnh Long Điều 5.4), shown only with consent
 * (Sóc Trăng Điều 4.5), or never. Consent to use personal data is required where the profile
 * says so (Sóc Trăng Điều 4.5).
 */
export function PrivacyFields({ profile, values, onChange, errorOf }: SubmissionPartProps) {
  const { t } = useI18n();
  const identity = profile.publication.identity;
  const isConsentRequired = profile.reporterRules.dataProcessingConsent;
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{t('submit.section.privacy')}</legend>
      <CheckboxField
        id={SUBMISSION_FIELD_IDS.isConfidential}
        label={t('submit.confidential')}
        hint={t('submit.confidentialHint')}
        checked={values.isConfidential}
        onChange={(checked) => onChange('isConfidential', checked)}
        error={errorOf('isConfidential')}
      />
      {identity === 'shown_unless_hidden' && !values.isConfidential ? (
        <CheckboxField
          id={SUBMISSION_FIELD_IDS.isIdentityHidden}
          label={t('submit.hideIdentity')}
          checked={values.isIdentityHidden}
          onChange={(checked) => onChange('isIdentityHidden', checked)}
          error={errorOf('isIdentityHidden')}
        />
      ) : null}
      {identity === 'only_with_consent' && !values.isConfidential ? (
        <CheckboxField
          id={SUBMISSION_FIELD_IDS.publicIdentity}
          label={`${t('submit.publicIdentity')} (${t('form.optional')})`}
          checked={values.publicIdentity}
          onChange={(checked) => onChange('publicIdentity', checked)}
          error={errorOf('publicIdentity')}
        />
      ) : null}
      {identity === 'never' ? <p className="muted">{t('submit.identityNever')}</p> : null}
      <CheckboxField
        id={SUBMISSION_FIELD_IDS.dataProcessing}
        label={
          isConsentRequired
            ? t('submit.dataProcessing')
            : `${t('submit.dataProcessing')} (${t('form.optional')})`
        }
        hint={t('submit.dataProcessingHint')}
        checked={values.dataProcessing}
        onChange={(checked) => onChange('dataProcessing', checked)}
        error={errorOf('dataProcessing')}
      />
    </fieldset>
  );
}
