import { ValidateBy } from 'class-validator';
import type { FieldError } from './errors';

/**
 * Characters that show nothing: spaces of every kind (`\s` holds U+00A0 and U+FEFF), zero-width ones, the
 * word joiner, invisible operators, the soft hyphen. Text made only of them is no answer at all.
 */
const INVISIBLE = '\\s\\u00AD\\u180E\\u200B-\\u200D\\u2060-\\u2064\\uFEFF';
const INVISIBLE_EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'g');
const ONLY_INVISIBLE = new RegExp(`^[${INVISIBLE}]+$`);

/** PostgreSQL stores neither NUL nor half of a UTF-16 surrogate pair (the driver would turn it into U+FFFD). */
// eslint-disable-next-line no-control-regex -- NUL is the very character to find
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Controls that reorder how text is shown: `invoice\u202Efdp.exe` reads as "invoiceexe.pdf". */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Longer than any field allows (5,000 at most): a bound for the few free-text arguments that have none of their own. */
export const TEXT_INPUT_MAX = 20_000;

export const trimText = (text: string): string => text.replace(INVISIBLE_EDGES, '');

/** class-transformer hook: surrounding spaces never count towards a limit or make a blank answer look filled in. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? trimText(value) : value);

/** For optional fields: a form's empty box means "not given", not an invalid value. */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? trimText(value) || null : value);

/** `organisationName` or `input.evidence.0.label` as a person reads it: "Organisation name", "Label". */
export function fieldLabel(path: string): string {
  const name =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? path;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [null, Object.prototype].includes(Object.getPrototypeOf(value) as object | null);

/**
 * The one rule for every text a caller sends, applied before any field's own checks: NUL, lone
 * surrogates and text past {@link TEXT_INPUT_MAX} are refused (one error per field), the rest is
 * NFC-normalised so that the same words are stored and compared the same way, and text of only
 * invisible characters becomes '' so that each field's "Enter a ..." check sees it as empty.
 * Walks input objects and lists; anything else (numbers, dates) is passed through.
 */
export function cleanText(value: unknown, path: string, errors: FieldError[]): unknown {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) {
      errors.push({ field: path, message: `${fieldLabel(path)} contains a character that cannot be stored: remove it and try again` });
      return value;
    }
    if (value.length > TEXT_INPUT_MAX) {
      errors.push({ field: path, message: `${fieldLabel(path)} must be ${TEXT_INPUT_MAX.toLocaleString('en-GB')} characters or fewer` });
      return value;
    }
    return ONLY_INVISIBLE.test(value) ? '' : value.normalize('NFC');
  }
  const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.map((item, index) => cleanText(item, child(index), errors));
  if (isPlainObject(value)) {
    const cleaned = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) cleaned[key] = cleanText(item, child(key), errors);
    return cleaned;
  }
  return value;
}

/**
 * Marks a name or a title (of a person, an organisation, an idea, a link): text shown as a label,
 * where a direction control could make `invoice\u202Efdp.exe` look like a PDF. Lists are checked item by item.
 */
export function NameOrTitle(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'nameOrTitle',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !BIDI_CONTROLS.test(value),
        defaultMessage: (args) =>
          `${fieldLabel(args?.property ?? 'text')} contains a hidden character that changes the direction of text: remove it and try again`,
      },
    },
    { each: true },
  );
}
