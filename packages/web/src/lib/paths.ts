/**
 * Every route of the app, in one place. Tenant routes live under `/t/{code}` (the server scopes
 * the session cookie to that prefix); slugs are Vietnamese, as citizens and staff read them.
 * The server's e-mails link to `trackReport` (citizens) and `staffReport` (staff): keep them.
 */
export const paths = {
  chooser: () => '/',
  tenantHome: (code: string) => `/t/${code}`,
  submitReport: (code: string) => `/t/${code}/gui-phan-anh`,
  track: (code: string) => `/t/${code}/tra-cuu`,
  trackReport: (code: string, trackingCode: string) =>
    `/t/${code}/tra-cuu/${encodeURIComponent(trackingCode)}`,
  signIn: (code: string) => `/t/${code}/dang-nhap`,
  staffHome: (code: string) => `/t/${code}/can-bo`,
  inbox: (code: string) => `/t/${code}/can-bo/hop-thu`,
  staffReport: (code: string, reportId: string) =>
    `/t/${code}/can-bo/phan-anh/${encodeURIComponent(reportId)}`,
  changePassword: (code: string) => `/t/${code}/can-bo/doi-mat-khau`,
  administration: (code: string) => `/t/${code}/quan-tri`,
};

/**
 * Where to go after signing in: the page that sent the user to sign in, if it is a page of the
 * same tenant (never an outside address), else the staff home.
 */
export function returnPath(code: string, from: unknown): string {
  const prefix = `/t/${code}/`;
  if (typeof from === 'string' && from.startsWith(prefix) && !from.startsWith('//')) {
    if (!from.startsWith(paths.signIn(code))) {
      return from;
    }
  }
  return paths.staffHome(code);
}
