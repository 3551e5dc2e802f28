import { CUSTOMER_IMPORT_COLUMNS } from '@bei-hub/domain';

/** The columns POST /customers/imports recognises, in the template's order (shared with the API). */
export const IMPORT_COLUMNS = CUSTOMER_IMPORT_COLUMNS;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['type', 'name'];

/** One plausible value per column, shown beside the column names (invented, no real person). */
export const IMPORT_EXAMPLES: Record<ImportColumn, string> = {
  type: 'doctor | clinic',
  name: 'dr. Ayu Lestari, Sp.KK',
  email: 'ayu.lestari@example.com',
  phone: '0812-3456-7890',
  whatsapp: '+62 812 3456 7890',
  nik: '3174015208900002',
  npwp: '0012345678901000',
  specialty: 'Dermatologi dan Venereologi',
  address_line1: 'Jl. Kemang Raya No. 8',
  district: 'Mampang Prapatan',
  city: 'Kota Jakarta Selatan',
  province: 'DKI Jakarta',
  postal_code: '12730',
  str_number: 'STR-3171-0022-1234',
  str_valid_until: '',
  sip_number: 'SIP-446-1234-2025',
  sip_valid_until: '2027-06-30',
  clinic_permit_number: 'IZIN-KLINIK-0042',
  clinic_permit_valid_until: '2028-12-31',
  credit_limit: '50000000',
  notes: '',
};

/**
 * The header row only: example rows would be imported as customers if someone uploaded the
 * template unchanged. The byte-order mark lets spreadsheet programs open it as UTF-8.
 */
export const importTemplateCsv = (): Blob =>
  new Blob([`\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`], { type: 'text/csv;charset=utf-8' });
