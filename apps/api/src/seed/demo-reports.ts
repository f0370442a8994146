import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { hashPassphrase, newPassphrase, newReceiptCode } from '../reports/receipts';
import { ReportMessagesRepository } from '../reports/report-messages.repository';
import { ReportsRepository } from '../reports/reports.repository';

interface DemoReport {
  identityMode: IdentityMode;
  reporter: string | null;
  guidance: string;
  guidanceUrl: string;
  // Invented places: demo data must not suggest that a real trust falls short.
  organisationName: string;
  whatHappens: string;
  whatShouldHappen: string;
  impact: string;
  theme: string;
  acknowledgedBy?: string;
  boardReply?: string;
}

const REPORTS: DemoReport[] = [
  {
    identityMode: IdentityMode.OPEN,
    reporter: 'clinician@demo.nhs.uk',
    guidance: 'NICE NG51: Sepsis: recognition, diagnosis and early management',
    guidanceUrl: 'https://www.nice.org.uk/guidance/ng51',
    organisationName: 'Northfield General Hospital (example)',
    whatHappens:
      'The electronic observations system does not raise a sepsis alert when NEWS2 reaches 5, so escalation depends on a nurse ' +
      'noticing the score.',
    whatShouldHappen:
      'A NEWS2 of 5 or more should prompt a sepsis screen and an alert to the responsible clinician, as the guideline recommends.',
    impact: 'Antibiotics are given later than they should be for deteriorating adults, raising the risk of harm.',
    theme: 'patient-facing-services',
    acknowledgedBy: 'chair@demo.nhs.uk',
    boardReply: 'Thank you for raising this. We have asked the supplier whether the alert can be configured, and will come back to you.',
  },
  {
    identityMode: IdentityMode.ANONYMOUS,
    reporter: null,
    guidance: 'Data Security and Protection Toolkit: staff use their own smartcard only',
    guidanceUrl: 'https://www.dsptoolkit.nhs.uk/',
    organisationName: 'Eastbrook Community Trust (example)',
    whatHappens: 'Smartcards are left in shared workstations for a whole shift, so entries in the record are made under one person’s name.',
    whatShouldHappen: 'Each person signs in with their own card, with tap-in, tap-out workstations so that this is quick.',
    impact: 'The audit trail is wrong, and staff feel they must choose between speed and following the rules.',
    theme: 'cyber-security',
  },
];

/** Two reports for the board to find on a first start: an open one with a reply, and an anonymous one. */
export async function seedDemoReports(manager: EntityManager, accountId: Map<string, string>, themeId: Map<string, string>): Promise<void> {
  for (const report of REPORTS) {
    const anonymous = report.identityMode === IdentityMode.ANONYMOUS;
    const id = await new ReportsRepository().insert(manager, {
      identityMode: report.identityMode,
      reporterId: report.reporter ? accountId.get(report.reporter)! : null,
      fields: {
        guidance: report.guidance,
        guidanceUrl: report.guidanceUrl,
        organisationOdsCode: null,
        organisationName: report.organisationName,
        whatHappens: report.whatHappens,
        whatShouldHappen: report.whatShouldHappen,
        impact: report.impact,
        evidence: [],
        themeId: themeId.get(report.theme) ?? null,
      },
      receiptCode: newReceiptCode(),
      // Nobody knows this passphrase: the demo shows the board's side of an anonymous report.
      passphraseHash: anonymous ? await hashPassphrase(newPassphrase()) : null,
      idempotencyKeyHash: null,
      // As if released: an anonymous report carries only the midnight of its day.
      at: anonymous ? new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z') : null,
    });
    if (!id) throw new Error('A demo report could not be written');
    if (report.acknowledgedBy && report.boardReply) {
      const boardMember = accountId.get(report.acknowledgedBy);
      await manager.query(`UPDATE practice_gap_reports SET status = $2 WHERE id = $1`, [id, ReportStatus.ACKNOWLEDGED]);
      await manager.query(`INSERT INTO report_status_changes (report_id, from_status, to_status, actor_id) VALUES ($1, $2, $3, $4)`, [
        id,
        ReportStatus.RECEIVED,
        ReportStatus.ACKNOWLEDGED,
        boardMember,
      ]);
      await new ReportMessagesRepository().append(manager, {
        reportId: id,
        authorKind: ReportMessageAuthor.BOARD,
        boardAuthorId: boardMember!,
        body: report.boardReply,
        at: null,
      });
    }
  }
}
