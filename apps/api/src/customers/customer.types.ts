import type {
  CustomerSource,
  CustomerStatus,
  CustomerType,
  LicenseKind,
  LicenseState,
  LicenseStatus,
} from '@bei-hub/domain';

/** A `customers` row as the repository reads it, with the derived licence status. */
export type CustomerRow = {
  id: string;
  type: CustomerType;
  name: string;
  email: string | null;
  phone: string | null;
  whatsapp: string | null;
  nik_ciphertext: string | null;
  npwp_ciphertext: string | null;
  specialty: string | null;
  address_line1: string | null;
  address_district: string | null;
  address_city: string | null;
  address_province: string | null;
  address_postal_code: string | null;
  owner_id: string | null;
  credit_limit: string | null;
  notes: string | null;
  status: CustomerStatus;
  source: CustomerSource;
  version: number;
  created_at: Date;
  updated_at: Date;
  license_status: LicenseStatus;
  owner_name?: string | null;
};

export type LicenseRow = {
  kind: LicenseKind;
  number: string;
  valid_until: string | null;
  practice_clinic_id: string | null;
  practice_clinic_name?: string | null;
  status: LicenseState;
};

/** Column values a create or update writes (already normalised, NIK/NPWP encrypted). */
export type CustomerColumns = Partial<{
  name: string;
  email: string | null;
  phone: string | null;
  whatsapp: string | null;
  nik_ciphertext: string | null;
  nik_blind_index: string | null;
  npwp_ciphertext: string | null;
  npwp_blind_index: string | null;
  specialty: string | null;
  address_line1: string | null;
  address_district: string | null;
  address_city: string | null;
  address_province: string | null;
  address_postal_code: string | null;
  owner_id: string | null;
  credit_limit: number | null;
  notes: string | null;
}>;

export type LicenseInput = {
  kind: LicenseKind;
  number: string;
  validUntil: string | null;
  practiceClinicId: string | null;
  status: LicenseState;
};

/** Which API field each column comes from, for `changedFields` in audit events. */
export const FIELD_OF_COLUMN: Record<keyof CustomerColumns, string> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  whatsapp: 'whatsapp',
  nik_ciphertext: 'nik',
  nik_blind_index: 'nik',
  npwp_ciphertext: 'npwp',
  npwp_blind_index: 'npwp',
  specialty: 'specialty',
  address_line1: 'address',
  address_district: 'address',
  address_city: 'address',
  address_province: 'address',
  address_postal_code: 'address',
  owner_id: 'ownerId',
  credit_limit: 'creditLimit',
  notes: 'notes',
};
