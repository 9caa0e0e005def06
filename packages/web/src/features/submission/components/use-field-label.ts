import type { FieldRequirement } from '@paht/domain';
import { useI18n } from '../../../i18n/language-provider';

/** A field's label, with "(không bắt buộc)" when the profile leaves it optional. */
export function useFieldLabel() {
  const { t } = useI18n();
  return (label: string, requirement: FieldRequirement | 'required' = 'required') =>
    requirement === 'optional' ? `${label} (${t('form.optional')})` : label;
}
