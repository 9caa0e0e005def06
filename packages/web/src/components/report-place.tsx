import { useI18n } from '../i18n/language-provider';
import { formatDecimal } from '../lib/format';

export type Place = {
  address: string | null;
  latitude: number | null;
  longitude: number | null;
};

/** The incident's address and, when given, its coordinates with a link to a public map. */
export function ReportPlace({ place }: { place: Place | null }) {
  const { t, language } = useI18n();
  const hasPoint = place !== null && place.latitude !== null && place.longitude !== null;
  if (!place || (!place.address && !hasPoint)) {
    return <p className="muted">{t('track.noPlace')}</p>;
  }
  return (
    <div className="report-place">
      {place.address ? (
        <p className="report-place__address" lang="vi">
          {place.address}
        </p>
      ) : null}
      {hasPoint && place.latitude !== null && place.longitude !== null ? (
        <p className="report-place__point">
          {t('track.coordinates', {
            latitude: formatDecimal(place.latitude, language, 6),
            longitude: formatDecimal(place.longitude, language, 6),
          })}{' '}
          <a
            href={`https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=18/${place.latitude}/${place.longitude}`}
            rel="noreferrer"
          >
            {t('track.map')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
