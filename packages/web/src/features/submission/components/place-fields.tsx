import { useCallback } from 'react';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import { formatDecimal } from '../../../lib/format';
import { useTenant } from '../../../lib/tenant';
import { toZonedInputValue } from '../../../lib/zoned-time';
import { SUBMISSION_FIELD_IDS } from '../submission-form';
import type { Coordinates } from '../submission-form';
import { useGeolocation } from '../use-geolocation';
import type { GeolocationStatus } from '../use-geolocation';
import type { SubmissionPartProps } from './submission-field-props';
import { useFieldLabel } from './use-field-label';

const STATUS_KEYS = {
  locating: 'submit.location.locating',
  removed: 'submit.location.removed',
  denied: 'submit.location.denied',
  unavailable: 'submit.location.unavailable',
  unsupported: 'submit.location.unsupported',
} as const;

function PositionPicker({
  coordinates,
  onChange,
  error,
}: {
  coordinates: Coordinates | null;
  onChange: (coordinates: Coordinates | null) => void;
  error: string | null;
}) {
  const { t, language } = useI18n();
  const onFound = useCallback((found: Coordinates) => onChange(found), [onChange]);
  const { status, locate, markRemoved } = useGeolocation(onFound);
  const id = SUBMISSION_FIELD_IDS.coordinates;
  const statusText = (current: GeolocationStatus): string => {
    if (current === 'idle' || current === 'found') {
      return '';
    }
    return t(STATUS_KEYS[current]);
  };
  return (
    <div className={error ? 'field field--error position' : 'field position'}>
      <p className="field__label" id={`${id}-label`}>
        {t('submit.location.title')} ({t('form.optional')})
      </p>
      <p className="field__hint" id={`${id}-hint`}>
        {t('submit.location.explain')}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {coordinates ? (
        <div className="position__found">
          <p className="position__text">
            {t('submit.location.found', {
              latitude: formatDecimal(coordinates.latitude, language, 6),
              longitude: formatDecimal(coordinates.longitude, language, 6),
            })}{' '}
            {coordinates.accuracy !== null
              ? t('submit.location.accuracy', { meters: coordinates.accuracy })
              : null}
          </p>
          <button
            type="button"
            id={id}
            className="button button--secondary"
            aria-describedby={error ? `${id}-error` : undefined}
            onClick={() => {
              onChange(null);
              markRemoved();
            }}
          >
            {t('submit.location.remove')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          id={id}
          className="button button--secondary"
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-disabled={status === 'locating'}
          onClick={() => {
            if (status !== 'locating') {
              locate();
            }
          }}
        >
          {t('submit.location.use')}
        </button>
      )}
      <p className="position__status" role="status">
        {statusText(status)}
      </p>
    </div>
  );
}

/** Where and when: the address, the device's position on request, and the incident time. */
export function PlaceFields({ profile, values, onChange, errorOf }: SubmissionPartProps) {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const label = useFieldLabel();
  const { location, incidentTime } = profile.reporter;
  const setCoordinates = useCallback(
    (coordinates: Coordinates | null) => onChange('coordinates', coordinates),
    [onChange],
  );
  if (location === 'hidden' && incidentTime === 'hidden') {
    return null;
  }
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{t('submit.section.place')}</legend>
      {location !== 'hidden' ? (
        <>
          <TextField
            id={SUBMISSION_FIELD_IDS.address}
            name="address"
            label={label(t('submit.address'), location)}
            hint={t('submit.addressHint')}
            value={values.address}
            onChange={(value) => onChange('address', value)}
            error={errorOf('address')}
            autoComplete="off"
          />
          <PositionPicker
            coordinates={values.coordinates}
            onChange={setCoordinates}
            error={errorOf('coordinates')}
          />
        </>
      ) : null}
      {incidentTime !== 'hidden' ? (
        <TextField
          id={SUBMISSION_FIELD_IDS.incidentAt}
          name="incidentAt"
          type="datetime-local"
          label={label(t('submit.incidentAt'), incidentTime)}
          hint={t('submit.incidentAtHint')}
          value={values.incidentAt}
          onChange={(value) => onChange('incidentAt', value)}
          error={errorOf('incidentAt')}
          max={toZonedInputValue(new Date(), tenant.timeZone)}
        />
      ) : null}
    </fieldset>
  );
}
