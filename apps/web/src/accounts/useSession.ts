import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { request } from '../graphql/client';
import {
  MeDocument,
  RegisterDocument,
  SignInDocument,
  SignOutDocument,
  type RegisterInput,
  type SessionAccountFragment,
  type SignInInput,
} from '../graphql/generated/graphql';

/** Who is signed in, as far as this tab knows. The session itself is the API's HttpOnly cookie. */
export const useSession = defineStore('session', () => {
  const me = shallowRef<SessionAccountFragment | null>(null);
  let loaded: Promise<void> | undefined;

  /** Asks the API once per page load; navigation guards await it before deciding what to show. */
  function load(): Promise<void> {
    loaded ??= request(MeDocument).then(
      (data) => {
        me.value = data.me;
      },
      (error: unknown) => {
        // An unreachable API leaves the visitor signed out for now; the next navigation asks again.
        console.error(error);
        loaded = undefined;
      },
    );
    return loaded;
  }

  function signedIn(account: SessionAccountFragment): void {
    me.value = account;
    loaded = Promise.resolve();
  }

  async function signIn(input: SignInInput): Promise<void> {
    signedIn((await request(SignInDocument, { input })).signIn);
  }

  async function register(input: RegisterInput): Promise<void> {
    signedIn((await request(RegisterDocument, { input })).register);
  }

  async function signOut(): Promise<void> {
    await request(SignOutDocument);
    me.value = null;
  }

  return { me, load, signIn, register, signOut };
});
