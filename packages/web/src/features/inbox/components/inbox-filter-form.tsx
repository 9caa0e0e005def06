import { useState } from 'react';
import type { FormEvent } from 'react';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import { formatNumber } from '../../../lib/format';
import { labelKey } from '../../../lib/labels';
import type { InboxFilters } from '../api/get-inbox';

/** A stage of the inbox is a report's state or an assignment's: name it by whichever it is. */
export function useStageLabel() {
  const { t } = useI18n();
  return (stage: string) => {
    const key = labelKey('assignmentState', stage) ?? labelKey('reportState', stage);
    return key ? t(key) : stage;
  };
}

/** Search, stage and "overdue only"; applied on submit, kept in the address for back/forward. */
export function InboxFilterForm({
  filters,
  byState,
  onApply,
}: {
  filters: InboxFilters;
  byState: Record<string, number>;
  onApply: (filters: InboxFilters) => void;
}) {
  const { t, language } = useI18n();
  const stageLabel = useStageLabel();
  const [draft, setDraft] = useState(filters);
  const stages = [...new Set([...Object.keys(byState), ...(filters.state ? [filters.state] : [])])];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form
      className="form filter-form"
      role="search"
      aria-label={t('inbox.filters')}
      onSubmit={onSubmit}
    >
      <TextField
        id="inbox-q"
        type="search"
        label={t('inbox.search')}
        value={draft.q}
        onChange={(q) => setDraft((current) => ({ ...current, q }))}
      />
      <SelectField
        id="inbox-state"
        label={t('inbox.state')}
        value={draft.state}
        onChange={(state) => setDraft((current) => ({ ...current, state }))}
        placeholder={t('inbox.allStates')}
        options={stages.map((stage) => ({
          value: stage,
          label:
            byState[stage] === undefined
              ? stageLabel(stage)
              : `${stageLabel(stage)} (${formatNumber(byState[stage], language)})`,
        }))}
      />
      <CheckboxField
        id="inbox-overdue"
        label={t('inbox.overdueOnly')}
        checked={draft.overdue}
        onChange={(overdue) => setDraft((current) => ({ ...current, overdue }))}
      />
      <button type="submit" className="button button--primary">
        {t('inbox.apply')}
      </button>
    </form>
  );
}
