import { nikProblem, normalizePhone, npwpProblem } from '@bei-hub/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A phone number `normalizePhone` accepts (0812…, 62812…, +62 812…, or another E.164 number). */
export const IsPhone = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value) => typeof value === 'string' && normalizePhone(value) !== null,
        defaultMessage: () => 'must be a phone number such as 0812-3456-7890 or +62 812 3456 7890',
      },
    },
    options,
  );

export const IsNik = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNik',
      validator: {
        validate: (value) => typeof value === 'string' && nikProblem(value) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? (nikProblem(args.value) ?? '') : 'must be a string',
      },
    },
    options,
  );

export const IsNpwp = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNpwp',
      validator: {
        validate: (value) => typeof value === 'string' && npwpProblem(value) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? (npwpProblem(args.value) ?? '') : 'must be a string',
      },
    },
    options,
  );

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsDateOnly = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (value) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
        defaultMessage: () => 'must be a date as YYYY-MM-DD',
      },
    },
    options,
  );
