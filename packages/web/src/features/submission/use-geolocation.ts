import { useCallback, useState } from 'react';
import type { Coordinates } from './submission-form';

export type GeolocationStatus =
  'idle' | 'locating' | 'found' | 'removed' | 'denied' | 'unavailable' | 'unsupported';

/** Six decimals: about 10 cm, far finer than a phone's fix; no need to send more. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The device's position, read only when the user asks (a button press): the browser then asks
 * for permission itself. Nothing is read on page load, and a refusal is simply said.
 */
export function useGeolocation(onFound: (coordinates: Coordinates) => void) {
  const [status, setStatus] = useState<GeolocationStatus>('idle');

  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      setStatus('unsupported');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus('found');
        onFound({
          latitude: round(position.coords.latitude),
          longitude: round(position.coords.longitude),
          accuracy: Number.isFinite(position.coords.accuracy)
            ? Math.round(position.coords.accuracy)
            : null,
        });
      },
      (error) => {
        setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, [onFound]);

  return { status, locate, markRemoved: () => setStatus('removed') };
}
