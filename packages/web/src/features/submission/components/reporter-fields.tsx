import { REPORTER_LANGUAGES } from '@paht/domain';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import { labelOf } from '../../../lib/labels';
import { SUBMISSION_FIELD_IDS } from '../submission-form';
import type { SubmissionPartProps } from './submission-field-props';
import { useFieldLabel } from './use-field-label';

/** Who sends the report, as far as the profile asks (DOMAIN.md "reporter must give"). */
export function ReporterFields({ profile, values, onChange, errorOf }: SubmissionPartProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const required = profile.reporter;
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{t('submit.section.reporter')}</legend>
      <p className="form-section__intro">{t('submit.section.reporterIntro')}</p>
      {required.name !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.name}
          name="name"
          label={label(t('submit.name'), required.name)}
          value={values.name}
          onChange={(value) => onChange('name', value)}
          error={errorOf('name')}
          autoComplete="name"
        />
      ) : null}
      {required.phone !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.phone}
          name="phone"
          type="tel"
          label={label(t('submit.phone'), required.phone)}
          hint={t(
            profile.reporterRules.mobilePhone ? 'submit.phoneHintMobile' : 'submit.phoneHint',
          )}
          value={values.phone}
          onChange={(value) => onChange('phone', value)}
          error={errorOf('phone')}
          autoComplete="tel"
          inputMode="tel"
        />
      ) : null}
      {required.email !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.email}
          name="email"
          type="email"
          label={label(t('submit.email'), required.email)}
          value={values.email}
          onChange={(value) => onChange('email', value)}
          error={errorOf('email')}
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
        />
      ) : null}
      {required.address !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.reporterAddress}
          name="reporterAddress"
          label={label(t('submit.reporterAddress'), required.address)}
          value={values.reporterAddress}
          onChange={(value) => onChange('reporterAddress', value)}
          error={errorOf('reporterAddress')}
          autoComplete="street-address"
        />
      ) : null}
      {required.citizenId !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.citizenId}
          name="citizenId"
          label={label(t('submit.citizenId'), required.citizenId)}
          hint={t('submit.citizenIdHint')}
          value={values.citizenId}
          onChange={(value) => onChange('citizenId', value)}
          error={errorOf('citizenId')}
          inputMode="numeric"
          autoComplete="off"
        />
      ) : null}
      <SelectField
        id={SUBMISSION_FIELD_IDS.language}
        label={t('submit.language')}
        value={values.language}
        onChange={(value) => {
          const chosen = REPORTER_LANGUAGES.find((language) => language === value);
          if (chosen) {
            onChange('language', chosen);
          }
        }}
        options={REPORTER_LANGUAGES.map((language) => ({
          value: language,
          label: labelOf(t, 'replyLanguage', language),
        }))}
        error={errorOf('language')}
      />
    </fieldset>
  );
}
