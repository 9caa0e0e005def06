import type { RatingOption } from '@paht/domain';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorSummary } from '../../../components/error-summary';
import { useI18n } from '../../../i18n/language-provider';
import { isVersionConflict } from '../../../lib/api-client';
import { formProblems, generalProblemMessage } from '../../../lib/form-errors';
import { useReporterAction } from '../api/private-report';

const FIELD_ID = 'rating-level';

/** The reporter rates the answer on the profile's own scale (Khánh Hòa Điều 11.3 …). */
export function RatingForm({
  scale,
  current,
  trackingCode,
  phone,
  version,
  onDone,
}: {
  scale: readonly RatingOption[];
  current: string | null;
  trackingCode: string;
  phone: string;
  version: number;
  onDone: () => void;
}) {
  const { t, pick, language } = useI18n();
  const act = useReporterAction(trackingCode, phone);
  const [level, setLevel] = useState<string>(current ?? '');
  const [isMissing, setIsMissing] = useState(false);
  const [revision, setRevision] = useState(0);

  const problems = formProblems({
    fields: ['level'],
    ids: { level: FIELD_ID },
    client: isMissing ? { level: t('rating.required') } : {},
    error: act.error,
    pick,
    fieldOf: (path) => path.replace(/^input\./, ''),
  });
  const general = isVersionConflict(act.error)
    ? t('private.conflict')
    : generalProblemMessage(act.error, pick, t('error.server'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (act.isPending) {
      return;
    }
    setIsMissing(level === '');
    setRevision((value) => value + 1);
    if (level === '') {
      act.reset();
      return;
    }
    act
      .mutateAsync({ action: 'rate', version, input: { level } })
      .then(onDone, () => setRevision((value) => value + 1));
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="rating-title">
      <ErrorSummary
        message={[general, ...problems.otherMessages].filter(Boolean).join(' ') || null}
        items={problems.summaryItems}
        revision={revision}
      />
      <ChoiceGroup
        id={FIELD_ID}
        legend={t('rating.legend')}
        type="radio"
        options={scale.map((option) => ({ value: option.level, label: option.label[language] }))}
        selected={level ? [level] : []}
        onChange={([chosen]) => setLevel(chosen ?? '')}
        error={problems.fieldError('level')}
        hint={current ? t('rating.change') : undefined}
      />
      <button type="submit" className="button button--primary" aria-disabled={act.isPending}>
        {act.isPending ? t('citizenAction.sending') : t('rating.submit')}
      </button>
    </form>
  );
}
