import { ErrorCode, Role, VOTE_MESSAGES } from '@ideas-hub/domain';
import { GraphQLBody, TestAccount, TestHub } from '../../test/hub';
import { CAST_VOTE, CLOSE_VOTE, draftRecommendation, hubWithChair, openVote, quickAccounts, storedTally, VOTES } from '../../test/votes';

const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;

type Response = GraphQLBody<Record<string, unknown>> & { status: number };

/** Every response is a success or a CONFLICT, never a server error. */
function expectSuccessOrConflict(responses: Response[]): void {
  for (const response of responses) {
    expect(response.status).toBe(200);
    for (const error of response.errors ?? []) expect(error.extensions.code).toBe(ErrorCode.CONFLICT);
  }
}

describe('votes under concurrency', () => {
  let hub: TestHub;
  let chair: TestAccount;
  beforeAll(async () => ({ hub, chair } = await hubWithChair()));
  afterAll(() => hub.close());

  it('stores exactly one ballot per member when 50 members each send 10 votes at once, and the tally equals the stored rows', async () => {
    const members = await quickAccounts(hub, 50, [Role.BOARD_MEMBER]);
    const recommendationId = await draftRecommendation(hub);
    const voteId = await openVote(chair.client, recommendationId);

    const responses = await Promise.all(
      members.flatMap((member, memberIndex) =>
        Array.from({ length: 10 }, (_, attempt) => member.client.gql(CAST_VOTE, { voteId, choice: CHOICES[(memberIndex + attempt) % 3] })),
      ),
    );
    expectSuccessOrConflict(responses);
    // The vote was open throughout: every one of them went in.
    expect(responses.filter((response) => response.errors)).toEqual([]);

    const ballots: { member_id: string; choice: string }[] = await hub.db.query(
      `SELECT member_id, choice FROM ballots WHERE vote_id = $1`,
      [voteId],
    );
    expect(ballots).toHaveLength(50);
    expect(new Set(ballots.map((ballot) => ballot.member_id))).toEqual(new Set(members.map((member) => member.id)));
    // Each member's stored choice is the last one their audit trail records.
    const lastAudited: { actor_id: string; choice: string }[] = await hub.db.query(
      `SELECT DISTINCT ON (actor_id) actor_id, after->>'choice' AS choice FROM audit_log
        WHERE action = 'castVote' AND entity_id = $1 ORDER BY actor_id, id DESC`,
      [voteId],
    );
    expect(new Map(lastAudited.map((row) => [row.actor_id, row.choice]))).toEqual(
      new Map(ballots.map((ballot) => [ballot.member_id, ballot.choice])),
    );

    const stored = await storedTally(hub, voteId);
    const [running] = (await members[0].client.ok(VOTES, { recommendationId })).votes;
    expect(running).toMatchObject({ tally: stored, votesCast: 50 });
    const closed = (await chair.client.ok(CLOSE_VOTE, { voteId })).closeVote;
    expect(closed.record.tally).toEqual(stored);
    expect(closed.record.ballots).toHaveLength(50);
  });

  it('counts a vote cast in the same instant as the close before the close, or refuses it; never stores it after', async () => {
    const members = await quickAccounts(hub, 20, [Role.BOARD_MEMBER]);
    for (let round = 0; round < 4; round++) {
      const voteId = await openVote(chair.client, await draftRecommendation(hub));
      const cast = (member: TestAccount, index: number) => member.client.gql(CAST_VOTE, { voteId, choice: CHOICES[(index + round) % 3] });
      // Casts on both sides of the close, all in flight together.
      const before = members.map(cast);
      const close = chair.client.gql(CLOSE_VOTE, { voteId });
      const after = members.map((member, index) => cast(member, index + 1));
      const [closing, ...casts] = await Promise.all([close, ...before, ...after]);

      expect(closing.errors).toBeUndefined();
      expectSuccessOrConflict(casts);
      const refused = casts.filter((response) => response.errors);
      for (const response of refused) expect(response.errors![0].message).toBe(VOTE_MESSAGES.closed);
      // The race really happened: some casts got in before the close, and others came too late.
      expect({ counted: refused.length < casts.length, refused: refused.length > 0 }).toEqual({ counted: true, refused: true });

      const [{ late }] = await hub.db.query(
        `SELECT count(*)::int AS late FROM ballots b JOIN votes v ON v.id = b.vote_id WHERE v.id = $1 AND b.updated_at > v.closed_at`,
        [voteId],
      );
      expect(late).toBe(0);
      const record = closing.data!.closeVote.record;
      expect(record.tally).toEqual(await storedTally(hub, voteId));
      // Whoever was told their vote went in is in the record; nobody else is.
      const accepted = new Set(
        members
          .filter((_, index) => [casts[index], casts[index + members.length]].some((response) => !response.errors))
          .map((member) => member.id),
      );
      expect(new Set(record.ballots.map((ballot: { member: { id: string } }) => ballot.member.id))).toEqual(accepted);
    }
  });
});
