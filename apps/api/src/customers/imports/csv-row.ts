import { CUSTOMER_IMPORT_COLUMNS } from '@bei-hub/domain';
import type { CreateCustomerDto } from '../dto/create-customer.dto';

/** Columns a customer CSV may have (shared with the SPA's template). */
export const IMPORT_COLUMNS = CUSTOMER_IMPORT_COLUMNS;

export type CsvRecord = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

const LICENSE_COLUMN: Record<string, string> = {
  STR: 'str',
  SIP: 'sip',
  CLINIC_PERMIT: 'clinic_permit',
};

/** Maps an API field back to the CSV column it came from, so row errors name the column. */
export function csvFieldFor(apiField: string, body: Record<string, unknown> = {}): string {
  const licence = /^licenses\[(\d+)\]\.(\w+)$/.exec(apiField);
  const kinds = (body['licenses'] as { kind: string }[] | undefined) ?? [];
  if (licence && kinds[Number(licence[1])]) {
    const prefix = LICENSE_COLUMN[kinds[Number(licence[1])].kind];
    return `${prefix}_${licence[2] === 'validUntil' ? 'valid_until' : 'number'}`;
  }
  const map: Record<string, string> = {
    'address.line1': 'address_line1',
    'address.district': 'district',
    'address.city': 'city',
    'address.province': 'province',
    'address.postalCode': 'postal_code',
    creditLimit: 'credit_limit',
  };
  if (map[apiField]) return map[apiField];
  if (apiField.startsWith('licenses')) return 'licenses';
  return apiField;
}

/** Turns one CSV record into the body POST /customers takes; blank cells are absent fields. */
export function toCreateCustomerBody(record: CsvRecord): Record<string, unknown> {
  const cell = (name: keyof CsvRecord) => {
    const value = record[name]?.trim();
    return value ? value : undefined;
  };
  const licenses = [
    ['STR', cell('str_number'), cell('str_valid_until')],
    ['SIP', cell('sip_number'), cell('sip_valid_until')],
    ['CLINIC_PERMIT', cell('clinic_permit_number'), cell('clinic_permit_valid_until')],
  ]
    .filter(([, number]) => number)
    .map(([kind, number, validUntil]) => ({ kind, number, ...(validUntil ? { validUntil } : {}) }));
  const hasAddress = ['address_line1', 'city', 'province'].some((c) => cell(c as keyof CsvRecord));
  const creditLimit = cell('credit_limit');
  const body: Partial<Record<keyof CreateCustomerDto, unknown>> = {
    type: cell('type')?.toLowerCase(),
    name: cell('name'),
    email: cell('email'),
    phone: cell('phone'),
    whatsapp: cell('whatsapp'),
    nik: cell('nik'),
    npwp: cell('npwp'),
    specialty: cell('specialty'),
    notes: cell('notes'),
    creditLimit:
      creditLimit === undefined
        ? undefined
        : /^\d+$/.test(creditLimit)
          ? Number(creditLimit)
          : creditLimit,
    licenses: licenses.length ? licenses : undefined,
    address: hasAddress
      ? {
          line1: cell('address_line1') ?? '',
          district: cell('district'),
          city: cell('city') ?? '',
          province: cell('province') ?? '',
          postalCode: cell('postal_code'),
        }
      : undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
