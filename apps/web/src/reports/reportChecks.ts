import { findPatientData, IdentityMode, LIMITS, patientDataMessage, ReportStatus } from '@ideas-hub/domain';
import type { EvidenceLinkInput, ReportPracticeGapInput, SetReportStatusInput } from '../graphql/generated/graphql';
import type { EvidenceField } from '../ui/evidenceLinks';
import type { FieldErrors } from '../ui/useFormErrors';
import type { Checked } from '../ui/useFormSubmit';
import type { ReportAnswers } from './reportDraft';
import { TEXT_QUESTIONS, type TextQuestion } from './reportSteps';

/** The fields of a report as the API names them, so its BAD_USER_INPUT problems land on the same answers. */
export type ReportField = keyof ReportPracticeGapInput;

/** The select's choice for an organisation that is not in the list. */
export const NOT_LISTED = 'NOT_LISTED';

/** How NHS.UK says that an answer is over its limit: `what` names the answer. */
const tooLong = (what: string, max: number) => `${what} must be ${max} characters or fewer`;

export const REPORT_MESSAGES = {
  identityModeMissing: 'Select how you want to report',
  guidanceMissing: 'Enter the guidance or standard that is not being followed',
  urlFormat: 'Enter a web address starting with http:// or https://, like https://www.nice.org.uk/guidance/ng28',
  urlTooLong: tooLong('Web address', LIMITS.urlMax),
  organisationNameMissing: 'Enter the name of the organisation',
  evidenceLabelMissing: 'Enter what the link shows',
  evidenceUrlMissing: 'Enter the web address of the evidence',
} as const;

/** Text a person typed that the board will read: required or not, bounded, and free of patient data. */
function checkText(text: string, max: number, what: string, missing?: string): string | undefined {
  if (!text) return missing;
  if (text.length > max) return tooLong(what, max);
  const found = findPatientData(text);
  return found.length > 0 ? patientDataMessage(found) : undefined;
}

export function checkUrl(url: string): string | undefined {
  if (url.length > LIMITS.urlMax) return REPORT_MESSAGES.urlTooLong;
  // The API accepts http and https only: a javascript: or data: link must never reach the board's pages.
  if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) return REPORT_MESSAGES.urlFormat;
  return undefined;
}

function withoutGaps<F extends string>(errors: Record<F, string | undefined>): FieldErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as FieldErrors<F>;
}

function result<F extends string, T>(errors: FieldErrors<F>, value: T): Checked<T, F> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: value };
}

export function checkIdentityMode(choice: string): Checked<{ identityMode: IdentityMode }, 'identityMode'> {
  const identityMode = Object.values(IdentityMode).find((mode) => mode === choice);
  if (!identityMode) return { ok: false, errors: { identityMode: REPORT_MESSAGES.identityModeMissing } };
  return { ok: true, input: { identityMode } };
}

export type GuidanceField = 'guidance' | 'guidanceUrl';

export function checkGuidance(form: { guidance: string; guidanceUrl: string }): Checked<Pick<ReportAnswers, GuidanceField>, GuidanceField> {
  const guidance = form.guidance.trim();
  const guidanceUrl = form.guidanceUrl.trim();
  const errors = withoutGaps<GuidanceField>({
    guidance: checkText(guidance, LIMITS.guidanceMax, 'Guidance or standard', REPORT_MESSAGES.guidanceMissing),
    guidanceUrl: guidanceUrl ? checkUrl(guidanceUrl) : undefined,
  });
  return result(errors, { guidance, guidanceUrl });
}

export type WhereField = 'organisationOdsCode' | 'organisationName';

export function checkWhere(
  form: { choice: string; organisationName: string },
  organisations: readonly { odsCode: string; name: string }[],
): Checked<Pick<ReportAnswers, 'organisation' | 'organisationName'>, WhereField> {
  if (form.choice !== NOT_LISTED) {
    const organisation = organisations.find((candidate) => candidate.odsCode === form.choice) ?? null;
    return { ok: true, input: { organisation, organisationName: '' } };
  }
  const organisationName = form.organisationName.trim();
  const errors = withoutGaps<WhereField>({
    organisationOdsCode: undefined,
    organisationName: checkText(organisationName, LIMITS.organisationMax, 'Organisation', REPORT_MESSAGES.organisationNameMissing),
  });
  return result(errors, { organisation: null, organisationName });
}

export function checkTextQuestion(question: TextQuestion, text: string): Checked<Partial<ReportAnswers>, TextQuestion> {
  const { missing, name } = TEXT_QUESTIONS[question];
  const answer = text.trim();
  const message = checkText(answer, LIMITS.reportFieldMax, name, missing);
  return message ? { ok: false, errors: { [question]: message } } : { ok: true, input: { [question]: answer } };
}

/** Rows left blank are dropped; a row half filled in asks for its other half. */
export function checkEvidence(rows: readonly EvidenceLinkInput[]): Checked<Pick<ReportAnswers, 'evidence'>, EvidenceField> {
  const evidence = rows.map((row) => ({ label: row.label.trim(), url: row.url.trim() })).filter((row) => row.label || row.url);
  const errors: FieldErrors<EvidenceField> = {};
  evidence.forEach((row, index) => {
    const label = checkText(row.label, LIMITS.evidenceLabelMax, 'Description', REPORT_MESSAGES.evidenceLabelMissing);
    const url = row.url ? checkUrl(row.url) : REPORT_MESSAGES.evidenceUrlMissing;
    if (label) errors[`evidence.${index}.label`] = label;
    if (url) errors[`evidence.${index}.url`] = url;
  });
  return result(errors, { evidence });
}

/**
 * Every answer checked again before sending (a Back button can skip a page's own check),
 * with problems named by the API's field names.
 */
export function checkReport(answers: ReportAnswers): Checked<ReportPracticeGapInput, ReportField> {
  const identity = checkIdentityMode(answers.identityMode);
  const guidance = checkGuidance(answers);
  const organisationName = answers.organisationName
    ? checkWhere({ choice: NOT_LISTED, organisationName: answers.organisationName }, [])
    : null;
  const texts = (Object.keys(TEXT_QUESTIONS) as TextQuestion[]).map((question) => checkTextQuestion(question, answers[question]));
  const evidence = checkEvidence(answers.evidence);

  const errors: FieldErrors<ReportField> = {
    ...(identity.ok ? {} : identity.errors),
    ...(guidance.ok ? {} : guidance.errors),
    ...(organisationName && !organisationName.ok ? organisationName.errors : {}),
    ...(Object.assign({}, ...texts.map((text) => (text.ok ? {} : text.errors))) as FieldErrors<ReportField>),
  };
  if (!evidence.ok) errors.evidence = Object.values(evidence.errors)[0];
  if (!identity.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    input: {
      identityMode: identity.input.identityMode,
      guidance: answers.guidance.trim(),
      guidanceUrl: answers.guidanceUrl.trim() || null,
      organisationOdsCode: answers.organisation?.odsCode ?? null,
      organisationName: answers.organisation ? null : answers.organisationName.trim() || null,
      whatHappens: answers.whatHappens.trim(),
      whatShouldHappen: answers.whatShouldHappen.trim(),
      impact: answers.impact.trim(),
      evidence: evidence.ok ? evidence.input.evidence : [],
    },
  };
}

/** A reply or answer in a report's conversation: required, bounded and free of patient data. */
export function checkMessage(body: string): Checked<string, 'body'> {
  const text = body.trim();
  const message = checkText(text, LIMITS.reportFieldMax, 'Message', 'Enter your message');
  return message ? { ok: false, errors: { body: message } } : { ok: true, input: text };
}

export type StatusChangeField = 'status' | 'note' | 'recommendationId';

/** The reporter is told where their concern went, or why it ended: these statuses need the note. */
const NOTE_REQUIRED: Partial<Record<ReportStatus, string>> = {
  [ReportStatus.REFERRED_ELSEWHERE]: 'Enter where the report was referred, for example the organisation’s Freedom to Speak Up Guardian',
  [ReportStatus.CLOSED]: 'Enter why the report is closed',
};

export function checkStatusChange(
  reportId: string,
  form: { status: string; note: string; recommendationId: string },
): Checked<SetReportStatusInput, StatusChangeField> {
  const status = Object.values(ReportStatus).find((candidate) => candidate === form.status);
  if (!status) return { ok: false, errors: { status: 'Select the new status' } };
  const note = form.note.trim();
  const noteError = (!note && NOTE_REQUIRED[status]) || (note && checkText(note, LIMITS.reasonMax, 'Note'));
  if (noteError) return { ok: false, errors: { note: noteError } };
  const recommendationId = status === ReportStatus.ADDRESSED ? form.recommendationId || null : null;
  return { ok: true, input: { reportId, status, note: note || null, recommendationId } };
}
