import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldNotes, describedBy } from './field-parts';

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/** A labelled multi-line input with its hint and error (see TextField). */
export function TextareaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 5,
  ...textareaProps
}: TextareaProps & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <textarea
        {...textareaProps}
        id={id}
        rows={rows}
        className="field__input field__input--multiline"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
