/**
 * Spots text that looks like patient-identifiable data, so that a person can
 * take it out before submitting. The web warns with it; the API refuses with it.
 */
export enum PatientDataKind {
  NHS_NUMBER = 'NHS_NUMBER',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  POSTCODE = 'POSTCODE',
}

export interface PatientDataMatch {
  kind: PatientDataKind;
  text: string;
}

export const PATIENT_DATA_LABELS: Record<PatientDataKind, string> = {
  [PatientDataKind.NHS_NUMBER]: 'an NHS number',
  [PatientDataKind.DATE_OF_BIRTH]: 'a full date of birth',
  [PatientDataKind.POSTCODE]: 'a postcode',
};

/** NHS numbers are 10 digits whose last is a modulus 11 check digit; the first 9 weigh 10 down to 2. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const NHS_NUMBER = /(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)/g;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATES = [
  /(?<!\d)(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](19|20)\d{2}(?!\d)/g,
  /(?<!\d)(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/g,
  new RegExp(`\\b(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+(19|20)\\d{2}\\b`, 'gi'),
];
const POSTCODE = /\b(GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;

export function findPatientData(text: string): PatientDataMatch[] {
  const found: PatientDataMatch[] = [];
  for (const match of text.matchAll(NHS_NUMBER)) {
    if (isValidNhsNumber(match[1] + match[2] + match[3])) found.push({ kind: PatientDataKind.NHS_NUMBER, text: match[0] });
  }
  for (const pattern of DATES) {
    for (const match of text.matchAll(pattern)) found.push({ kind: PatientDataKind.DATE_OF_BIRTH, text: match[0] });
  }
  for (const match of text.matchAll(POSTCODE)) found.push({ kind: PatientDataKind.POSTCODE, text: match[0] });
  return found;
}

/** The message shown beside a field that holds what looks like patient data. */
export function patientDataMessage(matches: readonly PatientDataMatch[]): string {
  const kinds = [...new Set(matches.map((match) => PATIENT_DATA_LABELS[match.kind]))];
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : kinds[0];
  return `Remove what looks like ${list} (“${matches[0].text}”): do not include information that could identify a patient`;
}
