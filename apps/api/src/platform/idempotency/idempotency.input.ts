import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/**
 * The optional `idempotencyKey` of a creating mutation: one UUID per form, kept while the form is
 * retried, so that the same key again returns the first result and creates nothing.
 */
export const IdempotencyKeyField = (remembered = 'Remembered for 24 hours.') =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'A UUID the client makes once per form (crypto.randomUUID()) and sends again on a retry: ' +
        `the same key returns the first result and creates nothing. ${remembered}`,
    }),
    IsOptional(),
    IsUUID('all', { message: 'idempotencyKey must be a UUID, such as one from crypto.randomUUID()' }),
  );
