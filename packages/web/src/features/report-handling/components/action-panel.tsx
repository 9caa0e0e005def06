import type { RegulationProfile } from '@paht/domain';
import { useEffect, useRef, useState } from 'react';
import type { SelectOption } from '../../../components/select-field';
import { useI18n } from '../../../i18n/language-provider';
import type { ReportField } from '../../../lib/fields';
import { labelOf } from '../../../lib/labels';
import type { OrgUnit } from '../../../lib/org-units';
import { isStaffAction } from '../action-forms';
import type { StaffReport } from '../api/report-decoders';
import { ActionForm } from './action-form';

const KIND_ORDER = [
  'department',
  'commune',
  'utility',
  'central_agency',
  'provincial_committee',
  'other',
];

/** Actions that hand the report to agencies: those already working on it are not offered. */
const ASSIGNING = ['distribute', 'forward_to_coordinators', 'accept', 'forward_emergency'];

function agencyOptions(
  units: readonly OrgUnit[],
  exclude: ReadonlySet<string>,
  kindLabel: (kind: string) => string,
): SelectOption[] {
  return units
    .filter((unit) => unit.isActive && unit.kind !== 'intake_center' && !exclude.has(unit.id))
    .sort((a, b) => {
      const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
      return byKind !== 0 ? byKind : a.name.localeCompare(b.name, 'vi');
    })
    .map((unit) => ({ value: unit.id, label: unit.name, lang: 'vi', group: kindLabel(unit.kind) }));
}

/**
 * What the signed-in user may do with the report now, as the server says (`availableActions`),
 * each behind a button that opens its form. After an action the page shows the new state; after a
 * 409 it has already reloaded, and says so.
 */
export function ActionPanel({
  report,
  profile,
  orgUnits,
  reportFields,
}: {
  report: StaffReport;
  profile: RegulationProfile;
  orgUnits: readonly OrgUnit[];
  reportFields: ReportField[];
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) {
      doneRef.current?.focus();
    }
  }, [done]);

  const offered = report.availableActions.filter((offer) => isStaffAction(offer.action));
  const unitName = (id: string) => orgUnits.find((unit) => unit.id === id)?.name ?? id;
  const kindLabel = (kind: string) => labelOf(t, 'orgKind', kind);
  const assigned = new Set(
    report.assignments
      .filter((assignment) => !['returned', 'cancelled'].includes(assignment.state))
      .map((assignment) => assignment.agencyId),
  );
  const counts = new Map<string, number>();
  for (const offer of offered) {
    counts.set(offer.action, (counts.get(offer.action) ?? 0) + 1);
  }

  return (
    <section className="card action-panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {conflict ? (
        <p className="alert alert--warning" role="alert">
          {t('actions.conflict')}
        </p>
      ) : null}
      {done ? (
        <p className="alert alert--success" role="status" ref={doneRef} tabIndex={-1}>
          {t('actions.done', { action: labelOf(t, 'action', done) })}
        </p>
      ) : null}
      {offered.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      <ul className="action-list">
        {offered.map((offer, index) => {
          const key = `${offer.action}:${offer.assignmentId ?? ''}`;
          const assignment =
            report.assignments.find((candidate) => candidate.id === offer.assignmentId) ?? null;
          const label = labelOf(t, 'action', offer.action);
          const title =
            assignment && (counts.get(offer.action) ?? 0) > 1
              ? t('actions.forAgency', { action: label, agency: unitName(assignment.agencyId) })
              : label;
          const isOpen = open === key;
          const formId = `action-${index}`;
          return (
            <li key={key} className="action-list__item">
              <button
                type="button"
                className={isOpen ? 'button button--primary' : 'button button--secondary'}
                aria-expanded={isOpen}
                aria-controls={isOpen ? formId : undefined}
                onClick={() => {
                  setDone(null);
                  setConflict(false);
                  setOpen(isOpen ? null : key);
                }}
              >
                {title}
              </button>
              {isOpen ? (
                <div id={formId}>
                  <ActionForm
                    action={offer.action}
                    title={title}
                    assignment={assignment}
                    report={report}
                    profile={profile}
                    agencies={agencyOptions(
                      orgUnits,
                      ASSIGNING.includes(offer.action) ? assigned : new Set(),
                      kindLabel,
                    )}
                    reportFields={reportFields}
                    idPrefix={formId}
                    onDone={(action) => {
                      setOpen(null);
                      setDone(action);
                    }}
                    onConflict={() => setConflict(true)}
                    onClose={() => setOpen(null)}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
