import type { IdentityMode, ReportStatus } from '@ideas-hub/domain';
import { defineStore } from 'pinia';
import { reactive, shallowRef } from 'vue';
import { request } from '../graphql/client';
import { ReportPracticeGapDocument, type EvidenceLinkInput, type ReportPracticeGapInput } from '../graphql/generated/graphql';
import { newIdempotencyKey } from '../ui/useIdempotencyKey';

/** The answers of a report being written, each as its question page holds it. */
export interface ReportAnswers {
  identityMode: IdentityMode | '';
  guidance: string;
  guidanceUrl: string;
  /** Chosen from the list of NHS organisations. */
  organisation: { odsCode: string; name: string } | null;
  /** Typed in when the organisation is not listed. */
  organisationName: string;
  whatHappens: string;
  whatShouldHappen: string;
  impact: string;
  evidence: EvidenceLinkInput[];
}

export interface SentReport {
  identityMode: IdentityMode;
  receiptCode: string;
  passphrase: string | null;
  status: ReportStatus;
  /** Anonymous reports: the date (YYYY-MM-DD) from which the board sees it. */
  boardSeesOn?: string | null;
}

export function emptyAnswers(): ReportAnswers {
  return {
    identityMode: '',
    guidance: '',
    guidanceUrl: '',
    organisation: null,
    organisationName: '',
    whatHappens: '',
    whatShouldHappen: '',
    impact: '',
    evidence: [],
  };
}

/**
 * A report in the making. It lives only in this tab's memory: nothing is saved on the server
 * until it is sent, and nothing (least of all the passphrase) goes to storage or the address bar.
 */
export const useReportDraft = defineStore('reportDraft', () => {
  const answers = reactive<ReportAnswers>(emptyAnswers());
  /** Made when the form starts; kept only in this tab's memory like the answers, and renewed for the next report. */
  let idempotencyKey = newIdempotencyKey();
  /** What the confirmation page shows once; forgotten as soon as that page is left. */
  const sent = shallowRef<SentReport | null>(null);

  function save(part: Partial<ReportAnswers>): void {
    Object.assign(answers, part);
  }

  async function send(input: ReportPracticeGapInput): Promise<void> {
    const { reportPracticeGap: receipt } = await request(ReportPracticeGapDocument, { input: { ...input, idempotencyKey } });
    sent.value = { identityMode: input.identityMode, ...receipt };
    // A shared computer must not show the next person what was reported.
    Object.assign(answers, emptyAnswers());
    idempotencyKey = newIdempotencyKey();
  }

  function forgetSent(): void {
    sent.value = null;
  }

  return { answers, sent, save, send, forgetSent };
});
