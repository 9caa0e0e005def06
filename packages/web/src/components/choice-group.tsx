import type { ReactNode } from 'react';
import { FieldNotes } from './field-parts';
import type { SelectOption } from './select-field';

/**
 * A fieldset of radio buttons (one choice) or tick boxes (several), its legend read before each
 * option. The first option carries `id`, so an error summary's link lands on the group.
 */
export function ChoiceGroup({
  id,
  legend,
  type,
  options,
  selected,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | null;
  hint?: ReactNode;
}) {
  const toggle = (value: string, isChecked: boolean) => {
    if (type === 'radio') {
      onChange([value]);
      return;
    }
    onChange(isChecked ? [...selected, value] : selected.filter((item) => item !== value));
  };
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset
      className={error ? 'field field--error choice-group' : 'field choice-group'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="choice-group__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div key={option.value} className="checkbox choice-group__option">
              <input
                id={optionId}
                type={type}
                name={id}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={optionId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
