import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadUserInputError, FieldError } from './errors';

function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    // One message per field. Decorators register bottom-up, so the last constraint is the one
    // written first on the property: "Enter your email" before "Enter it in the correct format".
    const own = error.constraints ? [{ field, message: Object.values(error.constraints).at(-1)! }] : [];
    return [...own, ...fieldErrors(error.children ?? [], `${field}.`)];
  });
}

/** Checks every input at the edge and answers BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new BadUserInputError(fieldErrors(errors)),
  });
}
