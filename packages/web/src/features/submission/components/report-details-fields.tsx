import { TITLE_MAX_LENGTH } from '@paht/domain';
import { ChoiceGroup } from '../../../components/choice-group';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useI18n } from '../../../i18n/language-provider';
import { labelOf } from '../../../lib/labels';
import { SUBMISSION_FIELD_IDS } from '../submission-form';
import type { SubmissionPartProps } from './submission-field-props';

/** What the report is about: its kind (where the profile has several), title and text. */
export function ReportDetailsFields({ profile, values, onChange, errorOf }: SubmissionPartProps) {
  const { t } = useI18n();
  const kinds = profile.scope.contactKinds;
  const isDiacriticsRequired = profile.reporterRules.language === 'vi_with_diacritics';
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{t('submit.section.report')}</legend>
      {kinds.length > 1 ? (
        <ChoiceGroup
          id={SUBMISSION_FIELD_IDS.kind}
          legend={t('submit.kind')}
          type="radio"
          options={kinds.map((kind) => ({ value: kind, label: labelOf(t, 'kind', kind) }))}
          selected={[values.kind]}
          onChange={([kind]) => {
            const chosen = kinds.find((candidate) => candidate === kind);
            if (chosen) {
              onChange('kind', chosen);
            }
          }}
          error={errorOf('kind')}
        />
      ) : null}
      <TextField
        id={SUBMISSION_FIELD_IDS.title}
        name="title"
        label={t('submit.reportTitle')}
        hint={t('submit.reportTitleHint')}
        value={values.title}
        onChange={(value) => onChange('title', value)}
        error={errorOf('title')}
        maxLength={TITLE_MAX_LENGTH}
        required
      />
      <TextareaField
        id={SUBMISSION_FIELD_IDS.content}
        name="content"
        label={t('submit.content')}
        hint={t(isDiacriticsRequired ? 'submit.contentHintDiacritics' : 'submit.contentHint')}
        value={values.content}
        onChange={(value) => onChange('content', value)}
        error={errorOf('content')}
        rows={7}
        required
      />
    </fieldset>
  );
}
