import type { DemoSummary } from './load-demo-data';

const ROLE_ORDER = ['admin', 'supervisor', 'operator', 'leader', 'specialist'];

/** The start-up banner: where each demo province is served and who can sign in. */
export function formatDemoAccounts(summary: DemoSummary, baseUrl: string): string {
  const lines: string[] = ['', 'PAHT demo — tài khoản mẫu / demo accounts'];
  const password = summary.accounts[0]?.password;
  if (password) {
    lines.push(`Mật khẩu chung / password for every account: ${password}`);
  }
  for (const tenant of summary.tenants) {
    lines.push('', `${tenant.name} (${tenant.profileId})  ${baseUrl}/t/${tenant.code}/dang-nhap`);
    const accounts = summary.accounts
      .filter((a) => a.tenantCode === tenant.code)
      .sort(
        (a, b) =>
          ROLE_ORDER.indexOf(a.roles[0] ?? '') - ROLE_ORDER.indexOf(b.roles[0] ?? '') ||
          a.username.localeCompare(b.username),
      );
    for (const account of accounts) {
      const unit = account.orgUnit ? ` @ ${account.orgUnit}` : '';
      lines.push(`  ${account.username.padEnd(22)} ${account.roles.join(', ')}${unit}`);
    }
  }
  lines.push('', 'Full list: docs/demo-data.md', '');
  return lines.join('\n');
}
