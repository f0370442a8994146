/**
 * A statement's parameters, numbered as they are added: `add` keeps the value and answers its `$n`, so that
 * a list builds its filters, cursor and limit in any order without counting placeholders by hand.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}
