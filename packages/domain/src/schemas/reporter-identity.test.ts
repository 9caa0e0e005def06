import { describe, expect, it } from 'vitest';
import { isReporterIdentityPublic } from './reporter-identity';

const report = (over: Partial<Parameters<typeof isReporterIdentityPublic>[0]> = {}) => ({
  isConfidential: false,
  isIdentityHidden: false,
  consent: { publicIdentity: false },
  ...over,
});

describe('isReporterIdentityPublic', () => {
  it('Sóc Trăng Điều 4.5: shown only with consent', () => {
    expect(isReporterIdentityPublic(report(), 'consent')).toBe(false);
    expect(isReporterIdentityPublic(report({ consent: { publicIdentity: true } }), 'consent')).toBe(
      true,
    );
  });

  it('Vĩnh Long Điều 5.4: shown unless the reporter asked to hide name and address', () => {
    expect(isReporterIdentityPublic(report(), 'unless_hidden')).toBe(true);
    expect(isReporterIdentityPublic(report({ isIdentityHidden: true }), 'unless_hidden')).toBe(
      false,
    );
  });

  it('never for a confidential report (Sóc Trăng Điều 9.3.b, Vĩnh Long Điều 10.2)', () => {
    const confidential = report({ isConfidential: true, consent: { publicIdentity: true } });
    expect(isReporterIdentityPublic(confidential, 'consent')).toBe(false);
    expect(isReporterIdentityPublic(confidential, 'unless_hidden')).toBe(false);
  });
});
