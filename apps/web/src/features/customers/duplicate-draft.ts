import type { FindDuplicatesDto } from '@bei-hub/api-client';
import { nikProblem, normalizePhone, npwpProblem } from '@bei-hub/domain';
import { isEmail } from '../../lib/validation';
import { compactIdentifier, type CustomerFormValues } from './customer-form-values';

const MIN_NAME_ALONE = 3;
const MAX_LICENSE_NUMBERS = 20;

/**
 * What the create form has so far, as a duplicate search. Only values that pass the client checks
 * are sent (the server would refuse the whole search over one half-typed field). The API needs a
 * name; a short one is enough when an identifier comes with it.
 */
export const duplicateDraftOf = (values: CustomerFormValues): FindDuplicatesDto | null => {
  const name = values.name.trim();
  const email = values.email.trim();
  const phone = values.phone.trim();
  const nik = values.type === 'doctor' ? compactIdentifier(values.nik) : '';
  const npwp = compactIdentifier(values.npwp);
  const licenseNumbers = values.licenses
    .map((license) => license.number.trim())
    .filter((number) => number.length >= 3)
    .slice(0, MAX_LICENSE_NUMBERS);
  const identifiers: Omit<FindDuplicatesDto, 'name' | 'type'> = {
    ...(email && isEmail(email) ? { email } : {}),
    ...(phone && normalizePhone(phone) ? { phone } : {}),
    ...(nik && nikProblem(nik) === null ? { nik } : {}),
    ...(npwp && npwpProblem(npwp) === null ? { npwp } : {}),
    ...(licenseNumbers.length > 0 ? { licenseNumbers } : {}),
  };
  const hasIdentifier = Object.keys(identifiers).length > 0;
  if (!name || (!hasIdentifier && name.length < MIN_NAME_ALONE)) return null;
  return { type: values.type, name, ...identifiers };
};
