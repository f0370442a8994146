import { Benefit, IdeaStatus } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { CommentEntity } from '../ideas/comments.entity';
import { EndorsementEntity, EvidenceLink, IdeaEntity, IdeaStatusChangeEntity } from '../ideas/ideas.entity';
import { renderMarkdown } from '../ideas/markdown';

interface DemoComment {
  author: string;
  body: string;
  replies?: { author: string; body: string }[];
}

interface DemoIdea {
  author: string;
  theme: string;
  title: string;
  summary: string;
  problem: string;
  proposal: string;
  benefits: Benefit[];
  evidence: EvidenceLink[];
  tags: string[];
  submittedDaysAgo: number;
  /** Review steps the chair has taken, in order. */
  review?: IdeaStatus[];
  endorsedBy: string[];
  comments: DemoComment[];
}

const CHAIR = 'chair@demo.nhs.uk';

const IDEAS: DemoIdea[] = [
  {
    author: 'clinician@demo.nhs.uk',
    theme: 'interoperability',
    title: 'Share discharge summaries as structured FHIR documents',
    summary:
      'Discharge summaries still reach GPs as PDFs. Sending them as structured FHIR documents would let practices update medication ' +
      'lists without retyping.',
    problem:
      'Practices receive discharge summaries as PDFs or scanned letters. Staff retype medication changes by hand, which takes time ' +
      'and introduces errors when doses or stopped medicines are missed.',
    proposal:
      'Send discharge summaries as FHIR documents following the PRSB eDischarge standard and UK Core, so that GP systems can offer ' +
      'medication changes for reconciliation with one click.',
    benefits: [Benefit.PATIENT_OUTCOMES, Benefit.STAFF_TIME_AND_WELLBEING],
    evidence: [
      { label: 'PRSB eDischarge summary standard', url: 'https://theprsb.org/standards/edischargesummary/' },
      { label: 'FHIR UK Core', url: 'https://simplifier.net/hl7fhirukcorer4' },
    ],
    tags: ['fhir', 'discharge', 'medicines reconciliation'],
    submittedDaysAgo: 12,
    review: [IdeaStatus.UNDER_REVIEW],
    endorsedBy: ['techexpert@demo.nhs.uk', 'academic@demo.nhs.uk', 'board3@demo.nhs.uk'],
    comments: [
      {
        author: 'techexpert@demo.nhs.uk',
        body:
          'Several trusts already send **structured** summaries over MESH. The gap is on the receiving side: ' +
          'see the [GP Connect](https://digital.nhs.uk/services/gp-connect) roadmap.',
        replies: [{ author: 'clinician@demo.nhs.uk', body: 'Agreed: the idea covers both ends, sending and importing.' }],
      },
    ],
  },
  {
    author: 'techexpert@demo.nhs.uk',
    theme: 'procurement-and-delivery',
    title: 'Require open APIs in every clinical system contract',
    summary:
      'Contracts should require documented, open APIs so trusts are not locked in and can connect new services without paying for ' +
      'each interface.',
    problem:
      'Trusts pay suppliers for each new interface, and some contracts forbid third parties from reading the trust’s own data. ' +
      'Switching supplier is slow and expensive.',
    proposal:
      'Make published, documented APIs on open standards a condition of every new clinical system contract, with no per-interface ' +
      'charges for the trust’s own data.',
    benefits: [Benefit.VALUE_FOR_MONEY, Benefit.STAFF_TIME_AND_WELLBEING],
    evidence: [
      {
        label: 'NHS England: Digital Technology Assessment Criteria (DTAC)',
        url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/',
      },
    ],
    tags: ['open apis', 'procurement', 'interoperability'],
    submittedDaysAgo: 20,
    review: [IdeaStatus.UNDER_REVIEW, IdeaStatus.SHORTLISTED],
    endorsedBy: ['clinician@demo.nhs.uk', 'academic@demo.nhs.uk'],
    comments: [
      {
        author: 'board2@demo.nhs.uk',
        body: 'This would also help smaller suppliers compete. Worth linking to the *open standards* principles.',
      },
    ],
  },
  {
    author: 'academic@demo.nhs.uk',
    theme: 'workforce-digital-skills',
    title: 'Protected time for digital training on every rota',
    summary:
      'Staff are asked to adopt new systems with no time to learn them. Two protected hours a month would raise confidence and cut ' +
      'workarounds.',
    problem:
      'New systems arrive with e-learning that staff complete in their own time, if at all. Workarounds spread, and the benefits ' +
      'the system promised never arrive.',
    proposal:
      'Rota two protected hours a month for digital learning, tracked like mandatory training, with local digital champions to lead ' +
      'sessions.',
    benefits: [Benefit.STAFF_TIME_AND_WELLBEING, Benefit.PATIENT_EXPERIENCE],
    evidence: [{ label: 'The Topol Review', url: 'https://topol.hee.nhs.uk/' }],
    tags: ['training', 'digital skills'],
    submittedDaysAgo: 5,
    endorsedBy: ['clinician@demo.nhs.uk'],
    comments: [
      {
        author: 'clinician@demo.nhs.uk',
        body: 'Yes, please. On our ward the only training was:\n\n- a PDF\n- a 20-minute video\n\nNeither covered our workflows.',
      },
    ],
  },
  {
    author: 'techexpert@demo.nhs.uk',
    theme: 'cyber-security',
    title: 'Multi-factor authentication on every clinical system',
    summary:
      'Passwords alone still protect many clinical systems. Phishing-resistant multi-factor sign-in, with smartcards or passkeys, ' +
      'would stop most account takeovers.',
    problem: 'Shared and reused passwords remain common on clinical systems, and a single phished password can expose patient records.',
    proposal:
      'Require phishing-resistant multi-factor authentication (NHS smartcard, passkey or security key) for every clinical system ' +
      'within two years, with fast sign-in so it does not slow care.',
    benefits: [Benefit.PATIENT_OUTCOMES, Benefit.VALUE_FOR_MONEY],
    evidence: [
      {
        label: 'NCSC: multi-factor authentication for online services',
        url: 'https://www.ncsc.gov.uk/collection/mfa-for-your-corporate-online-services',
      },
    ],
    tags: ['mfa', 'cyber security'],
    submittedDaysAgo: 2,
    endorsedBy: ['board1@demo.nhs.uk'],
    comments: [],
  },
];

const daysAgo = (days: number, hours = 0) => new Date(Date.now() - (days * 24 + hours) * 3600 * 1000);

/** Complete ideas at several review steps, with history, endorsements and a few comments: a hub with some life in it. */
export async function seedDemoIdeas(manager: EntityManager, accountId: Map<string, string>, themeId: Map<string, string>): Promise<void> {
  const account = (email: string) => accountId.get(email)!;
  for (const demo of IDEAS) {
    const submittedAt = daysAgo(demo.submittedDaysAgo);
    const statuses = [IdeaStatus.SUBMITTED, ...(demo.review ?? [])];
    const replyCount = demo.comments.reduce((total, comment) => total + (comment.replies?.length ?? 0), 0);
    const { identifiers } = await manager.insert(IdeaEntity, {
      title: demo.title,
      summary: demo.summary,
      problem: demo.problem,
      proposal: demo.proposal,
      benefits: demo.benefits,
      evidence: demo.evidence,
      tags: demo.tags,
      themeId: themeId.get(demo.theme) ?? null,
      authorId: account(demo.author),
      status: statuses.at(-1),
      submittedAt,
      endorsementCount: demo.endorsedBy.length,
      commentCount: demo.comments.length + replyCount,
    });
    const ideaId = String(identifiers[0].id);
    await manager.insert(
      IdeaStatusChangeEntity,
      statuses.map((toStatus, step) => ({
        ideaId,
        fromStatus: step === 0 ? IdeaStatus.DRAFT : statuses[step - 1],
        toStatus,
        reason: null,
        actorId: account(step === 0 ? demo.author : CHAIR),
        createdAt: daysAgo(demo.submittedDaysAgo - step),
      })),
    );
    if (demo.endorsedBy.length) {
      await manager.insert(
        EndorsementEntity,
        demo.endorsedBy.map((email, index) => ({
          ideaId,
          accountId: account(email),
          createdAt: daysAgo(demo.submittedDaysAgo, -index - 1),
        })),
      );
    }
    for (const [index, comment] of demo.comments.entries()) {
      const at = (reply: number) => daysAgo(demo.submittedDaysAgo, -index * 3 - reply - 2);
      const { identifiers: parent } = await manager.insert(CommentEntity, {
        ideaId,
        authorId: account(comment.author),
        body: comment.body,
        bodyHtml: renderMarkdown(comment.body),
        createdAt: at(0),
      });
      for (const [replyIndex, reply] of (comment.replies ?? []).entries()) {
        await manager.insert(CommentEntity, {
          ideaId,
          parentId: String(parent[0].id),
          authorId: account(reply.author),
          body: reply.body,
          bodyHtml: renderMarkdown(reply.body),
          createdAt: at(replyIndex + 1),
        });
      }
    }
  }
}
