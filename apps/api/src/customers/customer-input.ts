import {
  type CustomerType,
  MAX_SIP_PER_DOCTOR,
  normalizeNpwp,
  normalizePhone,
  resolveCity,
  resolveProvince,
} from '@bei-hub/domain';
import type { FieldError } from '../common/problem/domain-errors';
import type { FieldCipher } from '../common/crypto/field-cipher';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import type { CustomerColumns, LicenseInput } from './customer.types';

const KINDS_BY_TYPE: Record<CustomerType, string[]> = {
  doctor: ['STR', 'SIP'],
  clinic: ['CLINIC_PERMIT'],
};

type Input = Partial<Omit<CreateCustomerDto, 'type'>>;

/**
 * Turns validated DTO fields into column values: phones to E.164, province and city to their
 * official names, NIK/NPWP encrypted with a blind index. Only fields present in `input` are set;
 * null clears. Rules no decorator can express are collected as field errors.
 */
export function toCustomerColumns(
  input: Input,
  type: CustomerType,
  cipher: FieldCipher,
): { columns: CustomerColumns; licenses: LicenseInput[] | undefined; errors: FieldError[] } {
  const columns: CustomerColumns = {};
  const errors: FieldError[] = [];
  const has = (key: keyof Input) =>
    Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;
  const text = (value: string | null | undefined) =>
    value === null || value === undefined ? null : value.trim() || null;

  if (has('name')) columns.name = (input.name ?? '').trim();
  if (has('email')) columns.email = input.email ? input.email.trim().toLowerCase() : null;
  if (has('phone')) columns.phone = input.phone ? normalizePhone(input.phone) : null;
  if (has('whatsapp')) columns.whatsapp = input.whatsapp ? normalizePhone(input.whatsapp) : null;
  if (has('specialty')) columns.specialty = text(input.specialty);
  if (has('notes')) columns.notes = text(input.notes);
  if (has('creditLimit')) columns.credit_limit = input.creditLimit ?? null;
  if (has('ownerId')) columns.owner_id = input.ownerId ?? null;
  if (has('nik')) {
    columns.nik_ciphertext = input.nik ? cipher.encrypt(input.nik) : null;
    columns.nik_blind_index = input.nik ? cipher.blindIndex('nik', input.nik) : null;
  }
  if (has('npwp')) {
    const npwp = input.npwp ? normalizeNpwp(input.npwp) : null;
    columns.npwp_ciphertext = npwp ? cipher.encrypt(input.npwp as string) : null;
    columns.npwp_blind_index = npwp ? cipher.blindIndex('npwp', npwp) : null;
  }
  if (has('address')) Object.assign(columns, addressColumns(input.address ?? null, errors));

  let licenses: LicenseInput[] | undefined;
  if (has('licenses')) {
    licenses = (input.licenses ?? []).map((l) => ({
      kind: l.kind,
      number: l.number.trim(),
      validUntil: l.validUntil ?? null,
      practiceClinicId: l.practiceClinicId ?? null,
      status: l.status ?? 'active',
    }));
    errors.push(...licenseErrors(licenses, type));
  }
  return { columns, licenses, errors };
}

function addressColumns(address: Input['address'], errors: FieldError[]): CustomerColumns {
  if (!address) {
    return {
      address_line1: null,
      address_district: null,
      address_city: null,
      address_province: null,
      address_postal_code: null,
    };
  }
  const province = resolveProvince(address.province);
  const city = province ? resolveCity(province, address.city) : null;
  if (!province)
    errors.push({ field: 'address.province', message: 'is not an Indonesian province' });
  else if (!city)
    errors.push({ field: 'address.city', message: `is not a city or regency of ${province}` });
  return {
    address_line1: address.line1.trim(),
    address_district: address.district?.trim() || null,
    address_city: city ?? address.city,
    address_province: province ?? address.province,
    address_postal_code: address.postalCode ?? null,
  };
}

function licenseErrors(licenses: LicenseInput[], type: CustomerType): FieldError[] {
  const errors: FieldError[] = [];
  licenses.forEach((license, index) => {
    if (!KINDS_BY_TYPE[type].includes(license.kind)) {
      errors.push({
        field: `licenses[${index}].kind`,
        message: `a ${type} cannot hold a ${license.kind}`,
      });
    }
    if (license.practiceClinicId && license.kind !== 'SIP') {
      errors.push({
        field: `licenses[${index}].practiceClinicId`,
        message: 'only a SIP names a practice clinic',
      });
    }
  });
  const activeSips = licenses.filter((l) => l.kind === 'SIP' && l.status === 'active').length;
  if (activeSips > MAX_SIP_PER_DOCTOR) {
    errors.push({
      field: 'licenses',
      message: `a doctor may hold at most ${MAX_SIP_PER_DOCTOR} active SIPs`,
    });
  }
  const numbers = licenses.map((l) => `${l.kind}:${l.number.toUpperCase()}`);
  numbers.forEach((n, index) => {
    if (numbers.indexOf(n) !== index)
      errors.push({ field: `licenses[${index}].number`, message: 'is listed twice' });
  });
  return errors;
}
