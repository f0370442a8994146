import { checkDemoDataThenUndo, RolledBack } from '../../test/demo';
import { TestHub } from '../../test/hub';

describe('the demo vote', () => {
  const hub = TestHub.forSuite();

  it('passed the published demo recommendation at revision 1, with a recusal, its counts matching its ballots', async () => {
    const checked = checkDemoDataThenUndo(hub, async (manager) => {
      const [vote] = await manager.query(
        `SELECT v.id, v.result, v.revision_number, v.eligible_count, v.tally_for, v.tally_against, v.tally_abstain,
                v.closed_at < r.published_at AS before_publication
           FROM votes v JOIN recommendations r ON r.id = v.recommendation_id
          WHERE r.title = 'Adopt open standards for all new clinical systems'`,
      );
      expect(vote).toMatchObject({
        result: 'PASSED',
        revision_number: 1,
        eligible_count: 3,
        tally_for: 2,
        tally_against: 1,
        tally_abstain: 0,
        before_publication: true,
      });
      const ballots = await manager.query(
        `SELECT choice, count(*)::int AS count FROM ballots WHERE vote_id = $1 AND counted GROUP BY choice ORDER BY choice`,
        [vote.id],
      );
      expect(ballots).toEqual([
        { choice: 'AGAINST', count: 1 },
        { choice: 'FOR', count: 2 },
      ]);
      const recused = await manager.query(
        `SELECT a.email FROM vote_recusals r JOIN accounts a ON a.id = r.member_id
           JOIN conflict_declarations c ON c.member_id = r.member_id AND c.reason = r.reason WHERE r.vote_id = $1`,
        [vote.id],
      );
      expect(recused).toEqual([{ email: 'board3@demo.nhs.uk' }]);
    });
    await expect(checked).rejects.toBeInstanceOf(RolledBack);
  });
});
