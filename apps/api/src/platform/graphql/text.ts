/** class-transformer hook: surrounding spaces never count towards a limit or make a blank answer look filled in. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For optional fields: a form's empty box means "not given", not an invalid value. */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
