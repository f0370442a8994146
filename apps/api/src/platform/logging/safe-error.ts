/**
 * What of an error may reach a log. A database error carries the statement, its parameters (emails, password
 * and passphrase hashes, receipt codes, ids of anonymous reports), and PostgreSQL's `detail` and `where`, which
 * echo the values of the failing row (`Key (email)=(x@y)`, `Failing row contains (...)`). So nothing is copied
 * from an error but a short list of fields that name code and schema, never data.
 */
export interface SafeError {
  type: string;
  message: string;
  /** PostgreSQL's SQLSTATE, or Node's error code. */
  code?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
  /** Stack frames only: the first line of a stack repeats the message. */
  stack?: string;
  cause?: SafeError;
}

const IDENTIFIER_FIELDS = ['schema', 'table', 'column', 'constraint', 'dataType'] as const;
const IDENTIFIER = /^[\w$.-]{1,63}$/;
const CODE = /^[\w-]{1,40}$/;
const JS_NAME = /^[A-Za-z_$][\w$]{0,40}$/;
const MAX_FRAMES = 20;
const MAX_MESSAGE = 500;
const MAX_CAUSES = 3;

/** The objects this module made, so that serialising one again (pino-http wraps serializers) keeps it as it is. */
const made = new WeakSet<object>();

function isErrorLike(value: unknown): value is { message: string; stack?: unknown; name?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function text(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/**
 * The message with every quoted value taken out: PostgreSQL quotes both names and values ("invalid input syntax
 * for type uuid: \"…\""), so a double-quoted word stays only when the error names it as its table, constraint, column
 * or type; a single-quoted one only when it reads as a property name (JavaScript's "reading 'id'"). Emails go too.
 */
function safeMessage(message: string, identifiers: Set<string>): string {
  return message
    .slice(0, MAX_MESSAGE)
    .replace(/"([^"]*)"/g, (quoted, inner: string) => (identifiers.has(inner) ? quoted : '"…"'))
    .replace(/'([^']*)'/g, (quoted, inner: string) => (JS_NAME.test(inner) || identifiers.has(inner) ? quoted : "'…'"))
    .replace(/[^\s"'<>(),;]+@[^\s"'<>(),;]+/g, '…');
}

function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return lines.length ? lines.slice(0, MAX_FRAMES).join('\n') : undefined;
}

function serialise(error: { message: string; stack?: unknown; name?: unknown }, depth: number): SafeError {
  // TypeORM's QueryFailedError keeps the driver's error (with PostgreSQL's fields) beside its own copy of them.
  const driver = (error as { driverError?: unknown }).driverError;
  const fields = (typeof driver === 'object' && driver !== null ? driver : error) as Record<string, unknown>;
  const constructorName = (error as object).constructor?.name;
  const safe: SafeError = {
    type: text(constructorName !== 'Object' ? constructorName : error.name, JS_NAME) ?? 'Error',
    message: '',
  };
  const code = text(fields.code, CODE) ?? text((error as { code?: unknown }).code, CODE);
  if (code) safe.code = code;
  const identifiers = new Set<string>();
  for (const field of IDENTIFIER_FIELDS) {
    const value = text(fields[field], IDENTIFIER);
    if (value) {
      safe[field] = value;
      identifiers.add(value);
    }
  }
  safe.message = safeMessage(error.message, identifiers);
  const stack = frames(error.stack);
  if (stack) safe.stack = stack;
  const cause = (error as { cause?: unknown }).cause;
  if (depth < MAX_CAUSES && isErrorLike(cause)) safe.cause = serialise(cause, depth + 1);
  made.add(safe);
  return safe;
}

/** pino's `err` serializer: also handed pino's own serialisation (with the error as `raw`) by pino-http. */
export function safeError(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value === undefined ? value : { type: typeof value, message: '' };
  if (made.has(value)) return value;
  const raw = (value as { raw?: unknown }).raw;
  const error = isErrorLike(raw) ? raw : value;
  if (made.has(error)) return error;
  return isErrorLike(error) ? serialise(error, 0) : { type: 'Object', message: '' };
}

/**
 * pino's `logMethod` hook: errors anywhere in a log call's first argument are made safe before pino reads them,
 * under any key. It runs before pino takes a missing message from `err.message`, which no serializer could reach.
 */
export function safeErrorsInLogCall(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, ...rest] = args;
  if (first instanceof Error) {
    method.apply(this, [{ err: safeError(first) }, ...rest]);
    return;
  }
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const entries = Object.entries(first);
    if (entries.some(([, value]) => value instanceof Error)) {
      method.apply(this, [
        Object.fromEntries(entries.map(([key, value]) => [key, value instanceof Error ? safeError(value) : value])),
        ...rest,
      ]);
      return;
    }
  }
  method.apply(this, args);
}
