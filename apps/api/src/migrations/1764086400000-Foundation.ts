import { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES: [slug: string, name: string, description: string][] = [
  [
    'interoperability',
    'Interoperability and open standards',
    'Systems that share data safely through open, published standards such as FHIR and openEHR.',
  ],
  ['cyber-security', 'Cyber security and privacy', 'Keeping patient data and clinical systems safe, private and available.'],
  ['primary-care-systems', 'Primary care systems', 'The software general practice, community pharmacy and community services run on.'],
  ['patient-facing-services', 'Patient-facing digital services', 'Apps, websites and online services that patients use directly.'],
  ['workforce-digital-skills', 'Workforce digital skills', 'The digital skills and confidence of NHS staff, and the time to use them.'],
  ['procurement-and-delivery', 'Procurement and in-house delivery', 'How the NHS buys technology and when it builds its own.'],
  ['data-and-analytics', 'Data and analytics', 'Using data for care, planning and research, with the public’s trust.'],
];

export class Foundation1764086400000 implements MigrationInterface {
  name = 'Foundation1764086400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text NOT NULL,
        profession text NOT NULL CHECK (profession IN ('CLINICIAN','NURSE_MIDWIFE_AHP','TECH_EXPERT','ACADEMIC','OTHER_NHS_STAFF')),
        organisation text CHECK (length(organisation) <= 150),
        roles text[] NOT NULL DEFAULT ARRAY['CONTRIBUTOR']
          CHECK ('CONTRIBUTOR' = ANY (roles) AND roles <@ ARRAY['CONTRIBUTOR','BOARD_MEMBER','CHAIR','ADMIN']),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_account_id ON sessions (account_id)`);
    await db.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL,
        position int NOT NULL
      )`);
    for (const [index, [slug, name, description]] of THEMES.entries()) {
      await db.query(`INSERT INTO themes (slug, name, description, position) VALUES ($1, $2, $3, $4)`, [
        slug,
        name,
        description,
        index + 1,
      ]);
    }
    await db.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        summary text NOT NULL CHECK (length(summary) <= 500),
        theme_id uuid REFERENCES themes(id),
        author_id uuid NOT NULL REFERENCES accounts(id),
        status text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','UNDER_REVIEW','SHORTLISTED','ADOPTED_INTO_RECOMMENDATION','DECLINED','MERGED')),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ideas_author_id ON ideas (author_id)`);
    await db.query(`
      CREATE TABLE recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        summary text NOT NULL,
        rationale text NOT NULL,
        theme_id uuid REFERENCES themes(id),
        status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED')),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX recommendations_published ON recommendations (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recommendations, ideas, themes, sessions, accounts`);
  }
}
