import { Role } from '@ideas-hub/domain';
import { TestHub } from '../../../test/hub';
const REQUESTS: [string, Record<string, unknown>][] = [
  [`query($id: ID!){ idea(id:$id){ id } }`, { id: 'x' }],
  [`query($id: ID!){ recommendation(id:$id){ id } }`, { id: 'x' }],
  [`query($id: ID!){ practiceGapReport(id:$id){ id } }`, { id: 'x' }],
  [`query($id: ID!){ interests(memberId:$id){ id } }`, { id: 'x' }],
  [`query($id: ID!){ votes(recommendationId:$id){ id } }`, { id: 'x' }],
  [`query($id: ID!){ recommendationRevisions(id:$id){ number } }`, { id: 'x' }],
  [`query($id: ID!){ reviews(itemId:$id, kind: IDEA){ reviewCount } }`, { id: 'x' }],
  [`query($id: ID!){ boardDiscussion(itemId:$id, kind: IDEA){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ endorseIdea(id:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ castVote(voteId:$id, choice: FOR){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ closeVote(voteId:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ publishRecommendation(id:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ declareConflict(recommendationId:$id, reason:"r"){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ followRecommendation(id:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ replyToReport(reportId:$id, body:"b"){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ addComment(input:{ideaId:$id, body:"b"}){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ flagContent(input:{contentType: IDEA, contentId:$id, reason:"b"}) }`, { id: 'x' }],
  [`mutation($id: ID!){ mergeIdea(duplicateId:$id, survivorId:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ assignReviewer(item:{kind: IDEA, id:$id}, memberId:$id){ id } }`, { id: 'x' }],
  [`mutation($id: ID!){ openVote(recommendationId:$id, closesAt:"2030-01-01T00:00:00Z", quorum:0.5){ id } }`, { id: 'x' }],
  [`query { reportStatus(receipt:"zz", passphrase:"zz"){ id } }`, {}],
  [`query { ideas(theme:"nope", tag:"x", first: 5){ totalCount } }`, {}],
  [`mutation { openVote(recommendationId:"00000000-0000-0000-0000-000000000000", closesAt:"not a date", quorum:0.5){ id } }`, {}],
];
describe('bad input', () => {
  const hub = TestHub.forSuite();
  it('never becomes a server error: malformed ids, unknown filters and bad dates get a code a client can act on', async () => {
    // Every role at once, so that permission checks pass and the input itself is what is tested.
    const admin = await hub.account([Role.ADMIN, Role.CHAIR, Role.BOARD_MEMBER]);
    const bad: string[] = [];
    for (const [q, v] of REQUESTS) {
      const body = await admin.client.gql(q, v);
      const code = body.errors?.[0]?.extensions.code;
      if (body.status >= 500 || code === 'INTERNAL_SERVER_ERROR') bad.push(`${q.slice(0, 60)} -> ${body.status} ${code}`);
    }
    expect(bad).toEqual([]);
  });
});
