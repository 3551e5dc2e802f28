import type {
  CreateCustomerDto,
  CustomerResponseDto,
  LicenseInputDto,
  UpdateCustomerDto,
} from '@bei-hub/api-client';
import type { CustomerType, LicenseKind, LicenseState } from '@bei-hub/domain';

export type LicenseRow = {
  /** Stable React key: rows can be removed from the middle. */
  key: string;
  kind: LicenseKind;
  number: string;
  /** `YYYY-MM-DD`, or empty for no expiry. */
  validUntil: string;
  practiceClinicId: string | null;
  status: LicenseState;
};

export type AddressValues = {
  line1: string;
  district: string;
  city: string;
  province: string;
  postalCode: string;
};

export type CustomerFormValues = {
  type: CustomerType;
  name: string;
  email: string;
  phone: string;
  whatsapp: string;
  /** Empty when editing: the stored value is masked and is only replaced when typed anew. */
  nik: string;
  npwp: string;
  specialty: string;
  address: AddressValues;
  licenses: LicenseRow[];
  ownerId: string | null;
  creditLimit: number | '';
  notes: string;
};

export type TextField =
  'name' | 'email' | 'phone' | 'whatsapp' | 'nik' | 'npwp' | 'specialty' | 'notes';

let rowCounter = 0;
const nextRowKey = (): string => `license-${++rowCounter}`;

export const newLicenseRow = (kind: LicenseKind): LicenseRow => ({
  key: nextRowKey(),
  kind,
  number: '',
  validUntil: '',
  practiceClinicId: null,
  status: 'active',
});

const EMPTY_ADDRESS: AddressValues = {
  line1: '',
  district: '',
  city: '',
  province: '',
  postalCode: '',
};

export const emptyCustomerValues = (): CustomerFormValues => ({
  type: 'doctor',
  name: '',
  email: '',
  phone: '',
  whatsapp: '',
  nik: '',
  npwp: '',
  specialty: '',
  address: EMPTY_ADDRESS,
  licenses: [],
  ownerId: null,
  creditLimit: '',
  notes: '',
});

export const valuesFromCustomer = (customer: CustomerResponseDto): CustomerFormValues => ({
  type: customer.type,
  name: customer.name,
  email: customer.email ?? '',
  phone: customer.phone ?? '',
  whatsapp: customer.whatsapp ?? '',
  nik: '',
  npwp: '',
  specialty: customer.specialty ?? '',
  address: customer.address
    ? {
        line1: customer.address.line1,
        district: customer.address.district ?? '',
        city: customer.address.city,
        province: customer.address.province,
        postalCode: customer.address.postalCode ?? '',
      }
    : EMPTY_ADDRESS,
  licenses: customer.licenses.map((license) => ({
    key: nextRowKey(),
    kind: license.kind,
    number: license.number,
    validUntil: license.validUntil ?? '',
    practiceClinicId: license.practiceClinicId,
    status: license.status,
  })),
  ownerId: customer.ownerId,
  creditLimit: customer.creditLimit ?? '',
  notes: customer.notes ?? '',
});

/** NIK and NPWP are digits; the spaces people type between groups are not part of them. */
export const compactIdentifier = (value: string): string => value.replace(/\s+/g, '');

const textOrNull = (value: string): string | null => value.trim() || null;

export const hasAddress = (address: AddressValues): boolean =>
  Object.values(address).some((part) => part.trim() !== '');

const addressBody = (address: AddressValues): CreateCustomerDto['address'] =>
  hasAddress(address)
    ? {
        line1: address.line1.trim(),
        city: address.city,
        province: address.province,
        ...(address.district.trim() ? { district: address.district.trim() } : {}),
        ...(address.postalCode.trim() ? { postalCode: address.postalCode.trim() } : {}),
      }
    : null;

const licenseBody = (row: LicenseRow): LicenseInputDto => ({
  kind: row.kind,
  number: row.number.trim(),
  validUntil: row.validUntil || null,
  // Only a SIP names a clinic; a value left over from switching the kind is not sent.
  ...(row.kind === 'SIP' && row.practiceClinicId ? { practiceClinicId: row.practiceClinicId } : {}),
  status: row.status,
});

/** Everything the API field by field would store; the base of both create and update bodies. */
const apiFields = (values: CustomerFormValues) => ({
  name: values.name.trim(),
  email: textOrNull(values.email),
  phone: textOrNull(values.phone),
  whatsapp: textOrNull(values.whatsapp),
  specialty: textOrNull(values.specialty),
  notes: textOrNull(values.notes),
  address: addressBody(values.address),
  licenses: values.licenses.map(licenseBody),
  ownerId: values.ownerId,
  creditLimit: values.creditLimit === '' ? null : values.creditLimit,
});

/** A clinic is a business: it has no NIK, so a NIK typed before switching type is not sent. */
const nikOf = (values: CustomerFormValues): string | null =>
  values.type === 'doctor' ? textOrNull(compactIdentifier(values.nik)) : null;

export const toCreateBody = (values: CustomerFormValues): CreateCustomerDto => {
  const fields = {
    ...apiFields(values),
    nik: nikOf(values),
    npwp: textOrNull(compactIdentifier(values.npwp)),
  };
  // Blank optional fields are left out rather than sent as null: the record starts empty anyway.
  const present = Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
  return { ...present, type: values.type, name: fields.name };
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what changed goes in the PATCH, so an untouched field never overwrites someone else's
 * edit; a cleared field is sent as null. A newly typed NIK or NPWP replaces the stored one.
 */
export const toChanges = (
  before: CustomerFormValues,
  after: CustomerFormValues,
): UpdateCustomerDto => {
  const old = apiFields(before);
  const now = apiFields(after);
  const changed = Object.fromEntries(
    (Object.keys(now) as (keyof typeof now)[])
      .filter((field) => !same(old[field], now[field]))
      .map((field) => [field, now[field]]),
  );
  const nik = nikOf(after);
  const npwp = textOrNull(compactIdentifier(after.npwp));
  return { ...changed, ...(nik ? { nik } : {}), ...(npwp ? { npwp } : {}) };
};
