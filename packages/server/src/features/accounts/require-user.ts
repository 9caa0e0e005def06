import type { Actor, UserActor } from '../../infra/http/actor';
import { AppError } from '../../infra/http/app-error';

/** Narrows to a signed-in person: API keys have no session or password. */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') {
    throw new AppError('FORBIDDEN', 'only a signed-in user can do this');
  }
  return actor;
}
