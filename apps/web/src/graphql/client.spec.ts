import { ConflictReason, ErrorCode } from '@ideas-hub/domain';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { GraphQLRequestError, request } from './client';
import { LatestRecommendationsDocument, MeDocument } from './generated/graphql';

describe('the GraphQL client', () => {
  it('posts the operation as JSON with the session cookie and returns its data', async () => {
    const calls = fakeApi({ LatestRecommendations: { data: { recommendations: { edges: [] } } } });

    const data = await request(LatestRecommendationsDocument, { first: 3 });

    expect(data).toEqual({ recommendations: { edges: [] } });
    const [call] = calls;
    expect(call?.variables).toEqual({ first: 3 });
    expect(call?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    });
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/graphql');
  });

  it('throws the GraphQL errors, codes and all', async () => {
    fakeApi({ Me: { errors: [{ message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } }] } });

    const failure = await request(MeDocument).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).hasCode(ErrorCode.UNAUTHENTICATED)).toBe(true);
    expect((failure as GraphQLRequestError).message).toBe('Sign in first');
  });

  it('reads a conflict’s reason and details beside the API’s sentence', async () => {
    const extensions = { code: ErrorCode.CONFLICT, reason: ConflictReason.STALE_VERSION, latestVersion: 4 };
    fakeApi({ Me: { errors: [{ message: 'This idea was changed since you opened it', extensions }] } });

    const failure = (await request(MeDocument).catch((error: unknown) => error)) as GraphQLRequestError;

    expect(failure.conflict()).toMatchObject({
      reason: ConflictReason.STALE_VERSION,
      latestVersion: 4,
      message: 'This idea was changed since you opened it',
    });
  });

  it('reads no conflict from other errors', async () => {
    fakeApi({ Me: { errors: [{ message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } }] } });

    const failure = (await request(MeDocument).catch((error: unknown) => error)) as GraphQLRequestError;

    expect(failure.conflict()).toBeNull();
  });

  it('fails clearly when something other than the API answers', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));

    await expect(request(MeDocument)).rejects.toThrow('The API answered HTTP 502 without a GraphQL response');
  });
});
