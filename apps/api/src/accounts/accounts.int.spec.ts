import { ACCOUNT_MESSAGES, ErrorCode, Profession, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD, TestHub } from '../../test/hub';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id name email profession organisation roles disabled } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id email roles } }`;
const ME = `{ me { id email roles } }`;
const GRANT = `mutation ($accountId: ID!, $role: Role!) { grantRole(accountId: $accountId, role: $role) { id roles } }`;
const REVOKE = `mutation ($accountId: ID!, $role: Role!) { revokeRole(accountId: $accountId, role: $role) { id roles } }`;
const DISABLE = `mutation ($accountId: ID!, $disabled: Boolean!) {
  setAccountDisabled(accountId: $accountId, disabled: $disabled) { id disabled }
}`;

const newEmail = () => `${randomUUID()}@example.nhs.uk`;
const validRegistration = () => ({
  name: 'Dr Jo Patel',
  email: newEmail(),
  password: TEST_PASSWORD,
  profession: Profession.NURSE_MIDWIFE_AHP,
  organisation: 'Leeds Teaching Hospitals NHS Trust',
});

describe('accounts and sessions', () => {
  const hub = TestHub.forSuite();

  describe('register', () => {
    it('creates a contributor account and signs it in', async () => {
      const client = hub.client();
      const input = { ...validRegistration(), email: `  Mixed.Case+${randomUUID()}@Example.NHS.uk ` };
      const { register } = await client.ok(REGISTER, { input });
      expect(register).toMatchObject({
        name: 'Dr Jo Patel',
        email: input.email.trim().toLowerCase(),
        roles: [Role.CONTRIBUTOR],
        disabled: false,
      });
      expect((await client.ok(ME)).me).toMatchObject({ id: register.id });
    });

    it('sets an httpOnly, SameSite=Lax session cookie', async () => {
      const response = await hub
        .client()
        .agent.post('/graphql')
        .send({ query: REGISTER, variables: { input: validRegistration() } });
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/^ideas_hub_session=[\w-]{40,};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
    });

    it('names each field that needs fixing, with a message a person can act on', async () => {
      const error = await hub.client().error(REGISTER, {
        input: { name: '  ', email: 'not-an-email', password: 'short', profession: Profession.CLINICIAN, organisation: 'x'.repeat(151) },
      });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.extensions.fields).toEqual([
        { field: 'name', message: 'Enter your full name' },
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
        { field: 'password', message: 'Password must be at least 10 characters' },
        { field: 'organisation', message: 'Organisation must be 150 characters or fewer' },
      ]);
    });

    it('asks first for what is missing, before its format', async () => {
      const error = await hub.client().error(REGISTER, { input: { ...validRegistration(), email: '', password: '' } });
      expect(error.extensions.fields).toEqual([
        { field: 'email', message: 'Enter your email address' },
        { field: 'password', message: 'Enter a password' },
      ]);
    });

    it('refuses a second account for the same email, whatever its case', async () => {
      const input = validRegistration();
      await hub.client().ok(REGISTER, { input });
      const error = await hub.client().error(REGISTER, { input: { ...input, email: input.email.toUpperCase() } });
      expect(error.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'email', message: expect.stringMatching(/already exists/) }],
      });
    });

    it('refuses an unknown profession as bad input, not a server error', async () => {
      const body = await hub.client().gql(REGISTER, { input: { ...validRegistration(), profession: 'ASTRONAUT' } });
      expect(body.errors?.[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(body.status).toBeLessThan(500);
    });
  });

  describe('sign in and out', () => {
    it('signs in with the right password, case-insensitively by email', async () => {
      const account = await hub.account();
      const client = hub.client();
      const { signIn } = await client.ok(SIGN_IN, { input: { email: account.email.toUpperCase(), password: TEST_PASSWORD } });
      expect(signIn).toMatchObject({ id: account.id, roles: [Role.CONTRIBUTOR] });
      expect((await client.ok(ME)).me.id).toBe(account.id);
    });

    it('gives the same clear error for a wrong password and for an unknown email', async () => {
      const account = await hub.account();
      const wrongPassword = await hub.client().error(SIGN_IN, { input: { email: account.email, password: 'not the password' } });
      const unknownEmail = await hub.client().error(SIGN_IN, { input: { email: newEmail(), password: 'not the password' } });
      expect(wrongPassword).toEqual(unknownEmail);
      expect(wrongPassword).toMatchObject({
        message: ACCOUNT_MESSAGES.wrongCredentials,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'email', message: ACCOUNT_MESSAGES.wrongCredentials }] },
      });
    });

    it('clears the account’s expired sessions when it signs in again', async () => {
      const account = await hub.account();
      await hub.db.query(`UPDATE sessions SET expires_at = now() - interval '1 day' WHERE account_id = $1`, [account.id]);
      await hub.client().ok(SIGN_IN, { input: { email: account.email, password: TEST_PASSWORD } });
      const [{ expired, live }] = await hub.db.query(
        `SELECT count(*) FILTER (WHERE expires_at <= now())::int AS expired, count(*) FILTER (WHERE expires_at > now())::int AS live
           FROM sessions WHERE account_id = $1`,
        [account.id],
      );
      expect({ expired, live }).toEqual({ expired: 0, live: 1 });
      expect((await account.client.ok(ME)).me).toBeNull();
    });

    it('answers me with null for an anonymous visitor', async () => {
      expect(await hub.client().ok(ME)).toEqual({ me: null });
    });

    it('ends the session on sign-out, also for a copied cookie', async () => {
      const { client } = await hub.account();
      const stolen = hub.client();
      const cookie = (
        await client.agent
          .post('/graphql')
          .send({ query: SIGN_IN, variables: { input: { email: (await client.ok(ME)).me.email, password: TEST_PASSWORD } } })
      ).headers['set-cookie'];
      stolen.agent.jar.setCookies(String(cookie).split(/,(?=\s*ideas_hub_session=)/));
      expect((await stolen.ok(ME)).me).not.toBeNull();
      expect((await client.ok(`mutation { signOut }`)).signOut).toBe(true);
      expect((await client.ok(ME)).me).toBeNull();
      expect((await stolen.ok(ME)).me).toBeNull();
    });
  });

  describe('roles', () => {
    it('lets an administrator grant and revoke a role, which takes effect on the next request', async () => {
      const admin = await hub.account([Role.ADMIN]);
      const member = await hub.account();
      expect((await admin.client.ok(GRANT, { accountId: member.id, role: Role.BOARD_MEMBER })).grantRole.roles).toEqual([
        Role.CONTRIBUTOR,
        Role.BOARD_MEMBER,
      ]);
      expect((await member.client.ok(ME)).me.roles).toContain(Role.BOARD_MEMBER);
      expect((await admin.client.ok(REVOKE, { accountId: member.id, role: Role.BOARD_MEMBER })).revokeRole.roles).toEqual([
        Role.CONTRIBUTOR,
      ]);
      expect((await member.client.ok(ME)).me.roles).toEqual([Role.CONTRIBUTOR]);
    });

    it('refuses a contributor calling an admin-only mutation with FORBIDDEN', async () => {
      const contributor = await hub.account();
      const error = await contributor.client.error(GRANT, { accountId: contributor.id, role: Role.ADMIN });
      expect(error.extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await contributor.client.ok(ME)).me.roles).toEqual([Role.CONTRIBUTOR]);
    });

    it('asks an anonymous caller of an admin-only operation to sign in', async () => {
      expect((await hub.client().error(`{ accounts { id } }`)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('lists accounts for administrators only', async () => {
      const admin = await hub.account([Role.ADMIN]);
      const board = await hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
      const { accounts } = await admin.client.ok(`{ accounts { id email } }`);
      expect(accounts.map((account: { id: string }) => account.id)).toEqual(expect.arrayContaining([admin.id, board.id]));
      expect((await board.client.error(`{ accounts { id } }`)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    });

    it('keeps every account a contributor and an administrator from removing their own role', async () => {
      const admin = await hub.account([Role.ADMIN]);
      const member = await hub.account();
      expect((await admin.client.error(REVOKE, { accountId: member.id, role: Role.CONTRIBUTOR })).extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'role' }],
      });
      expect((await admin.client.error(REVOKE, { accountId: admin.id, role: Role.ADMIN })).extensions.code).toBe(ErrorCode.CONFLICT);
    });

    it('answers NOT_FOUND for an account that does not exist and BAD_USER_INPUT for a malformed id', async () => {
      const admin = await hub.account([Role.ADMIN]);
      expect((await admin.client.error(GRANT, { accountId: randomUUID(), role: Role.CHAIR })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await admin.client.error(GRANT, { accountId: 'nope', role: Role.CHAIR })).extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'accountId' }],
      });
    });
  });

  describe('disabling an account', () => {
    it('ends its sessions at once and refuses its sign-in with the usual message', async () => {
      const admin = await hub.account([Role.ADMIN]);
      const member = await hub.account();
      expect((await admin.client.ok(DISABLE, { accountId: member.id, disabled: true })).setAccountDisabled.disabled).toBe(true);
      expect((await member.client.ok(ME)).me).toBeNull();
      const error = await hub.client().error(SIGN_IN, { input: { email: member.email, password: TEST_PASSWORD } });
      expect(error.message).toBe(ACCOUNT_MESSAGES.wrongCredentials);

      await admin.client.ok(DISABLE, { accountId: member.id, disabled: false });
      expect((await hub.client().ok(SIGN_IN, { input: { email: member.email, password: TEST_PASSWORD } })).signIn.id).toBe(member.id);
    });

    it('stops an administrator disabling their own account', async () => {
      const admin = await hub.account([Role.ADMIN]);
      expect((await admin.client.error(DISABLE, { accountId: admin.id, disabled: true })).extensions.code).toBe(ErrorCode.CONFLICT);
    });
  });
});

describe('rate limiting sign-in', () => {
  const hub = TestHub.forSuite({ authRateLimit: 3 });

  it('answers RATE_LIMITED once a client exceeds the attempts allowed per minute', async () => {
    const client = hub.client();
    const attempt = () => client.gql(SIGN_IN, { input: { email: newEmail(), password: 'guess guess guess' } });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt()).errors?.[0].extensions.code);
    expect(codes).toEqual([ErrorCode.BAD_USER_INPUT, ErrorCode.BAD_USER_INPUT, ErrorCode.BAD_USER_INPUT, ErrorCode.RATE_LIMITED]);
  });
});

describe('behind a TLS-terminating proxy', () => {
  const hub = TestHub.forSuite({ trustProxy: 'loopback' });

  it('marks the session cookie Secure when the proxy says the request came over https', async () => {
    const register = (forwardedProto: string) =>
      hub
        .client()
        .agent.post('/graphql')
        .set('x-forwarded-proto', forwardedProto)
        .send({ query: REGISTER, variables: { input: validRegistration() } });
    expect(String((await register('https')).headers['set-cookie'])).toMatch(/; Secure/);
    expect(String((await register('http')).headers['set-cookie'])).not.toMatch(/Secure/);
  });
});
