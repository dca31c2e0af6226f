import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode } from '@cop/contracts';
import { AppError } from '../errors/app-error.js';

export interface FieldProblem {
  /** Path of the field in the input, e.g. `email` or `input.email`. */
  field: string;
  /** Machine-readable rule (isEmail, minLength, …) the web translates. */
  code: string;
  /** English text, for API callers. */
  message: string;
  /** The rule's parameters, e.g. { min: 12 }. */
  params?: Record<string, unknown>;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function badInput(problems: FieldProblem[], message = 'Some fields need attention.'): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: problems });
}

/**
 * Validates every GraphQL input and HTTP body against its class-validator rules; unknown fields
 * are refused. A failure answers BAD_USER_INPUT with one entry per field, so forms can show each
 * error next to its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badInput(flatten(errors)),
  });
}
