import { ForbiddenError, type Identity, requireIdentity } from '@lianban/kit';

/** Only the joint-meeting office (联席办) and admins prepare sessions and record decisions. */
export function requireSecretariat(identity: Identity | null, what: string): Identity {
  const caller = requireIdentity(identity);
  if (caller.role !== 'SECRETARIAT' && caller.role !== 'ADMIN') {
    throw new ForbiddenError(`${what} is for the joint-meeting office (联席办); you sign in as ${caller.role}`);
  }
  return caller;
}
