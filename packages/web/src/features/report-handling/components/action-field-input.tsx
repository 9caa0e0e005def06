import { CheckboxField } from '../../../components/checkbox-field';
import { ChoiceGroup } from '../../../components/choice-group';
import { SelectField } from '../../../components/select-field';
import type { SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useI18n } from '../../../i18n/language-provider';
import { labelOf } from '../../../lib/labels';
import type { ActionField, FieldValue } from '../action-forms';

export type FieldChoices = {
  /** Agencies that may receive the report (active, not the intake center). */
  agencies: SelectOption[];
  /** Report fields (lĩnh vực) by code. */
  reportFields: SelectOption[];
  /** Candidate originals for "duplicate of"; null while they load. */
  duplicates: SelectOption[] | null;
};

/** One input of an action's form, chosen by the field's kind. */
export function ActionFieldInput({
  field,
  id,
  value,
  isRequired,
  error,
  choices,
  onChange,
}: {
  field: ActionField;
  id: string;
  value: FieldValue | undefined;
  isRequired: boolean;
  error: string | null;
  choices: FieldChoices;
  onChange: (value: FieldValue) => void;
}) {
  const { t } = useI18n();
  const label = isRequired ? t(field.label) : `${t(field.label)} (${t('form.optional')})`;
  const hint = field.hint ? t(field.hint) : undefined;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  switch (field.kind) {
    case 'text':
      return (
        <TextareaField
          id={id}
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
          rows={4}
        />
      );
    case 'line':
      return (
        <TextField
          id={id}
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
        />
      );
    case 'instant':
      return (
        <TextField
          id={id}
          type="datetime-local"
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
        />
      );
    case 'flag':
      return (
        <CheckboxField
          id={id}
          label={t(field.label)}
          hint={hint}
          checked={value === true}
          onChange={onChange}
          error={error}
        />
      );
    case 'choice':
      return (
        <ChoiceGroup
          id={id}
          legend={label}
          hint={hint}
          type="radio"
          options={field.codes.map((code) => ({
            value: code,
            label: labelOf(t, field.list, code),
          }))}
          selected={text ? [text] : []}
          onChange={([chosen]) => onChange(chosen ?? '')}
          error={error}
        />
      );
    case 'agencies':
      return (
        <ChoiceGroup
          id={id}
          legend={label}
          hint={hint}
          type="checkbox"
          options={choices.agencies}
          selected={list}
          onChange={onChange}
          error={error}
        />
      );
    case 'agency':
    case 'field':
    case 'duplicate': {
      const options =
        field.kind === 'agency'
          ? choices.agencies
          : field.kind === 'field'
            ? choices.reportFields
            : (choices.duplicates ?? []);
      return (
        <SelectField
          id={id}
          label={label}
          hint={
            field.kind === 'duplicate' && choices.duplicates?.length === 0
              ? t('actions.noDuplicates')
              : hint
          }
          value={text}
          onChange={onChange}
          options={options}
          placeholder={isRequired ? t('form.choose') : t('form.chooseNone')}
          error={error}
        />
      );
    }
  }
}
