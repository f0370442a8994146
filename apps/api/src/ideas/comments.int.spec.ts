import { ErrorCode, IDEA_MESSAGES, Profession } from '@ideas-hub/domain';
import { TestHub } from '../../test/hub';
import { COMMENT, IDEA, SAVE_DRAFT, submitIdea, themeId } from '../../test/ideas';

describe('comments', () => {
  const hub = TestHub.forSuite();
  const { author, commenter } = hub.suiteAccounts({ author: [], commenter: { name: 'Jamie Clarke' } });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const comment = (client = commenter.client, input: Record<string, unknown>) =>
    client.ok(COMMENT, { input }).then((data) => data.addComment);

  it('renders Markdown on the server and keeps nothing that could run', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const body =
      'See **NICE NG5** and [the guideline](https://www.nice.org.uk/guidance/ng5).\n\n<script>alert(1)</script> [x](javascript:alert(1))';
    const added = await comment(commenter.client, { ideaId, body });
    expect(added).toMatchObject({
      body,
      hidden: false,
      replies: [],
      author: { id: commenter.id, name: 'Jamie Clarke', profession: Profession.CLINICIAN },
    });
    expect(added.bodyHtml).toContain('<strong>NICE NG5</strong>');
    expect(added.bodyHtml).toContain('<a href="https://www.nice.org.uk/guidance/ng5" rel="nofollow noopener">the guideline</a>');
    expect(added.bodyHtml).not.toMatch(/<script|javascript:alert\(1\)"|href="javascript/);
    const [stored] = await hub.db.query(`SELECT body_html FROM comments WHERE id = $1`, [added.id]);
    expect(stored.body_html).toBe(added.bodyHtml);
  });

  it('threads replies one level deep and keeps the count', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const first = await comment(commenter.client, { ideaId, body: 'First' });
    const reply = await comment(author.client, { ideaId, parentId: first.id, body: 'Thanks' });
    await comment(commenter.client, { ideaId, body: 'Second' });

    const error = await commenter.client.error(COMMENT, { input: { ideaId, parentId: reply.id, body: 'Too deep' } });
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'parentId', message: expect.stringMatching(/one level/) }],
    });
    const otherIdea = await submitIdea(author.client, theme);
    const elsewhere = await commenter.client.error(COMMENT, { input: { ideaId: otherIdea, parentId: first.id, body: 'Wrong idea' } });
    expect(elsewhere.extensions.fields).toEqual([{ field: 'parentId', message: 'Reply to a comment on this idea' }]);

    const { idea } = await hub.client().ok(IDEA, { id: ideaId });
    expect(idea.commentCount).toBe(3);
    expect(
      idea.comments.map((thread: { body: string; replies: { body: string }[] }) => [thread.body, thread.replies.map((r) => r.body)]),
    ).toEqual([
      ['First', ['Thanks']],
      ['Second', []],
    ]);
  });

  it('names the field when the comment is empty or too long', async () => {
    const ideaId = await submitIdea(author.client, theme);
    expect((await commenter.client.error(COMMENT, { input: { ideaId, body: '   ' } })).extensions.fields).toEqual([
      { field: 'body', message: IDEA_MESSAGES.commentMissing },
    ]);
    expect((await commenter.client.error(COMMENT, { input: { ideaId, body: 'x'.repeat(5001) } })).extensions.fields).toEqual([
      { field: 'body', message: IDEA_MESSAGES.commentTooLong },
    ]);
  });

  it('needs a signed-in person and an idea they can see', async () => {
    const ideaId = await submitIdea(author.client, theme);
    expect((await hub.client().error(COMMENT, { input: { ideaId, body: 'Hello' } })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Not yet' } });
    expect((await commenter.client.error(COMMENT, { input: { ideaId: draft.id, body: 'Hello' } })).extensions.code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await author.client.error(COMMENT, { input: { ideaId: draft.id, body: 'Note to self' } })).extensions.code).toBe(
      ErrorCode.CONFLICT,
    );
  });
});
