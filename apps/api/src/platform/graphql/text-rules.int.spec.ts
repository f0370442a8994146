import { ErrorCode, RECOMMENDATION_MESSAGES, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../../test/hub';
import { DRAFT, recommendationInput } from '../../../test/recommendations';
import { quickAccount } from '../../../test/votes';

const SAVE = `mutation ($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { title summary } }`;
const directionMessage = (label: string) =>
  `${label} contains a hidden character that changes the direction of text: remove it and try again`;

describe('one input rule for all text, in what it says', () => {
  let hub: TestHub;
  let chair: Awaited<ReturnType<typeof quickAccount>>;
  beforeAll(async () => {
    hub = await TestHub.start();
    chair = await quickAccount(hub, [Role.CHAIR, Role.BOARD_MEMBER]);
  });
  afterAll(() => hub.close());

  it('names the field and says what to do', async () => {
    const cannotStore = (label: string) => `${label} contains a character that cannot be stored: remove it and try again`;

    const signIn = await hub.client().error(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: 'a\u0000@example.nhs.uk', password: 'correct horse battery' },
    });
    expect(signIn.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'email', message: cannotStore('Email') }] });
    const byId = await chair.client.error(`query ($id: ID!) { idea(id: $id) { id } }`, { id: '\uD800' });
    expect(byId.extensions.fields).toEqual([{ field: 'id', message: cannotStore('Id') }]);
  });

  it('keeps direction controls out of names and titles', async () => {
    const spoofed = await hub.client().error(`mutation ($input: RegisterInput!) { register(input: $input) { id } }`, {
      input: {
        name: 'invoice\u202Efdp.exe',
        email: `${randomUUID()}@example.nhs.uk`,
        password: 'correct horse battery',
        profession: 'CLINICIAN',
      },
    });
    expect(spoofed.extensions.fields).toEqual([{ field: 'name', message: directionMessage('Name') }]);
    const titled = await chair.client.error(SAVE, { input: { title: 'Ideas \u2066reversed\u2069' } });
    expect(titled.extensions.fields).toEqual([{ field: 'title', message: directionMessage('Title') }]);
  });

  it('treats invisible text as empty', async () => {
    const theme = (await hub.db.query(`SELECT id FROM themes LIMIT 1`))[0].id;
    const blank = await chair.client.error(DRAFT, { input: recommendationInput(theme, {}, { title: '\u200B\u00A0\u2060 ' }) });
    expect(blank.extensions.fields).toEqual([{ field: 'title', message: RECOMMENDATION_MESSAGES.titleMissing }]);
  });

  it('normalises to NFC, and keeps direction controls where they may be', async () => {
    const saved = await chair.client.ok(SAVE, {
      input: { title: '\u200BCafe\u0301 menus ', summary: 'right-to-left \u202Bנוסח\u202C is fine here' },
    });
    expect(saved.saveIdeaDraft).toEqual({ title: 'Caf\u00e9 menus', summary: 'right-to-left \u202Bנוסח\u202C is fine here' });
  });
});
