import { ArgumentMetadata, Injectable, PipeTransform, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadUserInputError, FieldError } from './errors';
import { cleanText } from './text';

/**
 * `@Args()` parameters reach pipes as 'body': @nestjs/graphql's GqlParamtype.ARGS is 3, which Nest's PipesConsumer
 * names as RouteParamtypes.BODY.
 */
const GRAPHQL_ARGS = 'body';

function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    // One message per field. Decorators register bottom-up, so the last constraint is the one
    // written first on the property: "Enter your email" before "Enter it in the correct format".
    const own = error.constraints ? [{ field, message: Object.values(error.constraints).at(-1)! }] : [];
    return [...own, ...fieldErrors(error.children ?? [], `${field}.`)];
  });
}

/**
 * Every argument of every operation passes here, input types and plain `@Args('id')` strings alike:
 * first the one rule for text (see cleanText), then each input type's own class-validator checks.
 */
@Injectable()
class InputPipe implements PipeTransform {
  private readonly validation = new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new BadUserInputError(fieldErrors(errors)),
  });

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === GRAPHQL_ARGS) {
      const errors: FieldError[] = [];
      // Field paths as class-validator names them: relative to an input object, else the argument's name.
      const inputObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      value = cleanText(value, inputObject ? '' : (metadata.data ?? ''), errors);
      if (errors.length) throw new BadUserInputError(errors);
    }
    return this.validation.transform(value, metadata);
  }
}

/** Checks every input at the edge and answers BAD_USER_INPUT naming each field. */
export function createValidationPipe(): PipeTransform {
  return new InputPipe();
}
