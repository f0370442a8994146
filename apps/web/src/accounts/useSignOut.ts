import { useRouter } from 'vue-router';
import { useSession } from './useSession';

/** Signs out and leaves any page that needed the session. */
export function useSignOut(): () => Promise<void> {
  const session = useSession();
  const router = useRouter();
  return async () => {
    await session.signOut();
    await router.push({ name: 'home' });
  };
}
