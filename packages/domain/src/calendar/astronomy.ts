/**
 * The two astronomical quantities the Vietnamese lunar calendar needs, written from the published
 * formulas of J. Meeus, "Astronomical Algorithms" (2nd ed., 1998):
 * - the instant of the k-th new moon (ch. 49, with the 14 planetary corrections; error ~ seconds);
 * - the Sun's apparent longitude (ch. 25 "higher accuracy": VSOP87, vsop87-earth.ts; ~1").
 * Times are Julian Days. Meeus' formulas give Terrestrial Time (JDE); civil time needs Universal Time,
 * so ΔT = TT − UT is applied with the Espenak–Meeus polynomials (NASA, "Polynomial expressions for
 * Delta T", 2006). All of it is pure float math.
 */

import { earthHeliocentricLongitude } from './vsop87-earth';

const RAD = Math.PI / 180;
const SECONDS_PER_DAY = 86_400;

const sinDeg = (degrees: number): number => Math.sin(degrees * RAD);

/** ΔT in seconds for a decimal year (Espenak–Meeus; valid 1900–2150, extrapolated beyond). */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) {
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
  return -20 + 32 * u * u;
}

const decimalYear = (jd: number): number => 2000 + (jd - 2_451_545) / 365.25;

/** TT − UT, in days, at a Julian Day. */
export function deltaTDays(jd: number): number {
  return deltaTSeconds(decimalYear(jd)) / SECONDS_PER_DAY;
}

// Meeus ch. 49 table: periodic terms for the new moon, [coefficient, power of E, M, M', F, Ω].
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Meeus ch. 49 "additional corrections for all phases": [coefficient, A0, rate per lunation k].
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Julian Day (UT) of new moon number k, where k = 0 is the new moon of 2000-01-06 and k counts
 * lunations (negative before it).
 */
export function newMoonJulianDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const meanPhase =
    2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonAnomaly =
    201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitudeArgument =
    160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  let correction = 0;
  for (const [coefficient, ePower, m, mPrime, f, omega] of NEW_MOON_TERMS) {
    const argument = m * sunAnomaly + mPrime * moonAnomaly + f * latitudeArgument + omega * node;
    correction += coefficient * e ** ePower * sinDeg(argument);
  }
  correction += 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2);
  for (const [coefficient, a0, rate] of PLANETARY_TERMS) {
    correction += coefficient * sinDeg(a0 + rate * k);
  }
  const jde = meanPhase + correction;
  return jde - deltaTDays(jde);
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at a Julian Day (UT): VSOP87 Earth
 * longitude + 180°, the FK5 correction, nutation in longitude (Meeus ch. 22, 0.5" terms) and
 * aberration (Meeus ch. 25, "higher accuracy").
 */
export function sunApparentLongitude(jdUt: number): number {
  const jde = jdUt + deltaTDays(jdUt);
  const t = (jde - 2_451_545) / 36_525;
  const geometric = (earthHeliocentricLongitude(t / 10) / RAD + 180) % 360;
  const node = 125.04452 - 1934.136261 * t;
  const sunMeanLongitude = 280.4665 + 36_000.7698 * t;
  const moonMeanLongitude = 218.3165 + 481_267.8813 * t;
  const nutationArcsec =
    -17.2 * sinDeg(node) -
    1.32 * sinDeg(2 * sunMeanLongitude) -
    0.23 * sinDeg(2 * moonMeanLongitude) +
    0.21 * sinDeg(2 * node);
  const meanAnomaly = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t;
  const eccentricity = 0.016708634 - 0.000042037 * t;
  const centre =
    (1.914602 - 0.004817 * t) * sinDeg(meanAnomaly) + 0.019993 * sinDeg(2 * meanAnomaly);
  const distanceAu =
    (1.000001018 * (1 - eccentricity * eccentricity)) /
    (1 + eccentricity * Math.cos((meanAnomaly + centre) * RAD));
  const correctionArcsec = -0.09033 + nutationArcsec - 20.4898 / distanceAu;
  const apparent = geometric + correctionArcsec / 3600;
  return ((apparent % 360) + 360) % 360;
}
