import type { ReactNode } from 'react';
import { FieldNotes, describedBy } from './field-parts';

/** One tick box with its label beside it, and a hint and error under it. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  error,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
  hint?: ReactNode;
}) {
  return (
    <div className={error ? 'field field--error field--checkbox' : 'field field--checkbox'}>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
