import type { CreateSupplierDto } from '@bei-hub/api-client';
import { normalizePhone, npwpProblem } from '@bei-hub/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/use-form-state';
import { isEmail } from '../../lib/validation';

export type SupplierValues = {
  name: string;
  npwp: string;
  email: string;
  phone: string;
  address: string;
};

export const SUPPLIER_FIELDS = ['name', 'npwp', 'email', 'phone', 'address'] as const;

export const EMPTY_SUPPLIER: SupplierValues = {
  name: '',
  npwp: '',
  email: '',
  phone: '',
  address: '',
};

/** Empty optional fields are left out rather than sent as "". */
export const toCreateSupplier = (values: SupplierValues): CreateSupplierDto => {
  const optional = (value: string) => value.trim() || undefined;
  return {
    name: values.name.trim(),
    npwp: optional(values.npwp),
    email: optional(values.email),
    phone: optional(values.phone),
    address: optional(values.address),
  };
};

/** The same rules as the API (`libs/domain`): NPWP 16 digits, Indonesian phone forms. */
export const useSupplierRules = () => {
  const { t } = useTranslation('catalog');
  return useCallback(
    (values: SupplierValues): FieldErrors<SupplierValues> => ({
      name: !values.name.trim()
        ? t('validation.required')
        : values.name.trim().length > 200
          ? t('validation.tooLong', { max: 200 })
          : undefined,
      npwp:
        values.npwp.trim() && npwpProblem(values.npwp.trim()) ? t('validation.npwp') : undefined,
      email: values.email.trim() && !isEmail(values.email) ? t('validation.email') : undefined,
      phone:
        values.phone.trim() && !normalizePhone(values.phone) ? t('validation.phone') : undefined,
      address:
        values.address.trim().length > 300 ? t('validation.tooLong', { max: 300 }) : undefined,
    }),
    [t],
  );
};
