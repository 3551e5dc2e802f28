import {
  type CustomerType,
  type LicenseKind,
  MAX_SIP_PER_DOCTOR,
  nikProblem,
  normalizePhone,
  npwpProblem,
  REGIONS,
} from '@bei-hub/domain';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathErrors } from '../../lib/use-path-form-state';
import { isEmail } from '../../lib/validation';
import { compactIdentifier, type CustomerFormValues, hasAddress } from './customer-form-values';

export const KINDS_BY_TYPE: Record<CustomerType, readonly LicenseKind[]> = {
  doctor: ['STR', 'SIP'],
  clinic: ['CLINIC_PERMIT'],
};

const POSTAL_CODE = /^\d{5}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CREDIT_LIMIT = 1_000_000_000_000;

const isDateOnly = (value: string): boolean =>
  DATE_ONLY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

type T = TFunction<'customers'>;

// libs/domain words its problems in English for the API; these are the same checks in the UI's words.
const NIK_PROBLEM_KEYS = {
  'must be exactly 16 digits': 'validation.nikLength',
  'does not start with a valid province code': 'validation.nikProvince',
  'does not contain a valid birth date': 'validation.nikBirthDate',
  'has an invalid serial number': 'validation.nikSerial',
} as const;

const nikMessage = (value: string, t: T): string | undefined => {
  const problem = nikProblem(compactIdentifier(value));
  if (problem === null) return undefined;
  const key = Object.entries(NIK_PROBLEM_KEYS).find(([text]) => text === problem)?.[1];
  return t(key ?? 'validation.nikInvalid');
};

const npwpMessage = (value: string, t: T): string | undefined => {
  const problem = npwpProblem(compactIdentifier(value));
  if (problem === null) return undefined;
  return t(
    problem === 'must contain only digits' ? 'validation.npwpDigits' : 'validation.npwpLength',
  );
};

const phoneMessage = (value: string, t: T): string | undefined =>
  value.trim() && normalizePhone(value) === null ? t('validation.phoneInvalid') : undefined;

const addressErrors = (values: CustomerFormValues, t: T): PathErrors => {
  const { address } = values;
  if (!hasAddress(address)) return {};
  const cities = REGIONS[address.province] ?? [];
  return {
    'address.line1': address.line1.trim() ? undefined : t('validation.line1Required'),
    'address.province': address.province ? undefined : t('validation.provinceRequired'),
    'address.city': !address.city
      ? t('validation.cityRequired')
      : address.province && !cities.includes(address.city)
        ? t('validation.cityNotInProvince', { province: address.province })
        : undefined,
    'address.postalCode':
      address.postalCode.trim() && !POSTAL_CODE.test(address.postalCode.trim())
        ? t('validation.postalCode')
        : undefined,
  };
};

const licenseErrors = (values: CustomerFormValues, t: T): PathErrors => {
  const errors: PathErrors = {};
  const allowed = KINDS_BY_TYPE[values.type];
  const seen = new Set<string>();
  values.licenses.forEach((row, index) => {
    const at = `licenses[${index}]`;
    if (!allowed.includes(row.kind)) {
      errors[`${at}.kind`] = t('validation.kindNotForType', {
        kind: t(`licenseKinds.${row.kind}`),
        type: t(`types.${values.type}`),
      });
    }
    const number = row.number.trim();
    if (number.length < 3) errors[`${at}.number`] = t('validation.licenseNumber');
    const id = `${row.kind}:${number.toUpperCase()}`;
    if (number && seen.has(id)) errors[`${at}.number`] = t('validation.licenseTwice');
    seen.add(id);
    if (row.validUntil && !isDateOnly(row.validUntil)) {
      errors[`${at}.validUntil`] = t('validation.date');
    }
  });
  const activeSips = values.licenses.filter((l) => l.kind === 'SIP' && l.status === 'active');
  if (activeSips.length > MAX_SIP_PER_DOCTOR) {
    errors['licenses'] = t('validation.tooManySips', { max: MAX_SIP_PER_DOCTOR });
  }
  return errors;
};

/** The server's rules for a customer (API-CONTRACT §4, libs/domain), checked while typing. */
export const validateCustomer = (values: CustomerFormValues, t: T): PathErrors => ({
  name: values.name.trim() ? undefined : t('validation.nameRequired'),
  email: values.email.trim() && !isEmail(values.email) ? t('validation.emailInvalid') : undefined,
  phone: phoneMessage(values.phone, t),
  whatsapp: phoneMessage(values.whatsapp, t),
  nik: values.type === 'doctor' && values.nik.trim() ? nikMessage(values.nik, t) : undefined,
  npwp: values.npwp.trim() ? npwpMessage(values.npwp, t) : undefined,
  creditLimit:
    values.creditLimit !== '' &&
    (!Number.isSafeInteger(values.creditLimit) ||
      values.creditLimit < 0 ||
      values.creditLimit > MAX_CREDIT_LIMIT)
      ? t('validation.creditLimit')
      : undefined,
  ...addressErrors(values, t),
  ...licenseErrors(values, t),
});

export const useCustomerValidator = () => {
  const { t } = useTranslation('customers');
  return useCallback((values: CustomerFormValues) => validateCustomer(values, t), [t]);
};
