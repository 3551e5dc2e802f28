import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from '../problem/domain-errors';

/** Validates an `:id` path parameter; a malformed id is a 400 that names the field. */
export const UUID_PARAM = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailedError([{ field: 'id', message: 'must be a UUID' }]),
});
