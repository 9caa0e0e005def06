import type { ReactNode } from 'react';
import { FieldNotes, describedBy } from './field-parts';

export type SelectOption = { value: string; label: string; lang?: string; group?: string };

function renderOptions(options: readonly SelectOption[]) {
  const render = (option: SelectOption) => (
    <option key={option.value} value={option.value} lang={option.lang}>
      {option.label}
    </option>
  );
  if (!options.some((option) => option.group)) {
    return options.map(render);
  }
  const groups: { label: string; options: SelectOption[] }[] = [];
  for (const option of options) {
    const label = option.group ?? '';
    const last = groups.at(-1);
    if (last && last.label === label) {
      last.options.push(option);
    } else {
      groups.push({ label, options: [option] });
    }
  }
  return groups.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.options.map(render)}
    </optgroup>
  ));
}

/**
 * A labelled drop-down list; `placeholder` is the first, empty choice ("— Chọn —"). Options with
 * a `group` are shown under it (consecutive options of one group form one `optgroup`).
 */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  hint,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {renderOptions(options)}
      </select>
    </div>
  );
}
