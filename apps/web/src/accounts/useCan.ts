import { can, type Action } from '@ideas-hub/domain';
import { useSession } from './useSession';

/**
 * Asks the policy table whether the person signed in may do an action; with nobody signed in, whether a visitor may.
 * Read in a template or a computed, the answer follows sign-in and sign-out.
 */
export function useCan(): (action: Action) => boolean {
  const session = useSession();
  return (action) => can(session.me?.roles, action);
}
