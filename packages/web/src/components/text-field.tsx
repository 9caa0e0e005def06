import type { InputHTMLAttributes, ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input with its hint and error, wired with aria-describedby and aria-invalid. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  ...inputProps
}: InputProps & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  /** Shown under the label and read with the field: a sentence, or richer content (a checklist). */
  hint?: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId ?? undefined}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId ?? undefined}>
          {error}
        </p>
      ) : null}
      <input
        {...inputProps}
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
