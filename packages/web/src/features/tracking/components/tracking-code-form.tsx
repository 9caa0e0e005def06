import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { paths } from '../../../lib/paths';
import { useTenant } from '../../../lib/tenant';
import { isTrackingCodeShape, normaliseTrackingCode } from '../tracking-code';

const FIELD_ID = 'tracking-code';

/** "Enter the code": goes to the report's tracking page, once the code has a code's shape. */
export function TrackingCodeForm() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [revision, setRevision] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normaliseTrackingCode(value);
    const problem: MessageKey | null =
      code === '' ? 'track.codeRequired' : isTrackingCodeShape(code) ? null : 'track.codeInvalid';
    setError(problem);
    setRevision((current) => current + 1);
    if (!problem) {
      void navigate(paths.trackReport(tenant.code, code));
    }
  };

  const message = error ? t(error) : null;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="track-title">
      <ErrorSummary items={message ? [{ fieldId: FIELD_ID, message }] : []} revision={revision} />
      <TextField
        id={FIELD_ID}
        name="trackingCode"
        label={t('track.code')}
        value={value}
        onChange={setValue}
        error={message}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        required
      />
      <button type="submit" className="button button--primary button--block">
        {t('track.submit')}
      </button>
    </form>
  );
}
