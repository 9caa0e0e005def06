import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  // Module augmentation needs an interface: `inject('baseUrl')` is typed from here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One real server for every journey file: starting it (migrations, demo data for five
 * provinces) is most of an e2e run's time. Journeys keep out of each other's way by using
 * different demo accounts and a fresh browser context each.
 */
export default async function setup(project: TestProject) {
  const server = await startServer({
    // Every journey signs in from 127.0.0.1 within a minute or two; the production limit (10 a
    // minute per tenant and address) would refuse the later ones. Lockout is per account and
    // stays as in production.
    SIGN_IN_RATE_LIMIT: '1000',
  });
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
  };
}
