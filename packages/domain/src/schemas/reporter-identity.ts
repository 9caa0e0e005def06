/**
 * Whether a report's public page may show who sent it. Two rules exist in the seeds:
 *
 * - `consent` (Sóc Trăng Điều 4.5): personal data is "không công khai" unless the reporter agreed,
 *   so the name is shown only with `consent.publicIdentity`. This is also the safe default for the
 *   profiles that say nothing (personal data law, Nghị định 13/2023/NĐ-CP);
 * - `unless_hidden` (Vĩnh Long Điều 5.4): the public view shows the name unless the reporter asked
 *   to keep name and address private (`isIdentityHidden`).
 *
 * A confidential report (Sóc Trăng Điều 9.3.b, Vĩnh Long Điều 10.2) never shows the reporter.
 */
export type IdentityPublicationRule = 'consent' | 'unless_hidden';

export type ReporterPrivacy = {
  isConfidential: boolean;
  isIdentityHidden: boolean;
  consent: { publicIdentity: boolean };
};

export function isReporterIdentityPublic(
  report: ReporterPrivacy,
  rule: IdentityPublicationRule,
): boolean {
  if (report.isConfidential) {
    return false;
  }
  if (rule === 'unless_hidden') {
    return !report.isIdentityHidden;
  }
  return report.consent.publicIdentity && !report.isIdentityHidden;
}
