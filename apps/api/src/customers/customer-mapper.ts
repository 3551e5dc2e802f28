import { maskIdentifier } from '@bei-hub/domain';
import type { FieldCipher } from '../common/crypto/field-cipher';
import type { CustomerRow, LicenseRow } from './customer.types';
import type { CustomerResponseDto, CustomerSummaryDto } from './dto/customer-response.dto';

export function toCustomerSummary(row: CustomerRow): CustomerSummaryDto {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    email: row.email,
    phone: row.phone,
    whatsapp: row.whatsapp,
    specialty: row.specialty,
    address: row.address_line1
      ? {
          line1: row.address_line1,
          district: row.address_district,
          city: row.address_city ?? '',
          province: row.address_province ?? '',
          postalCode: row.address_postal_code,
        }
      : null,
    ownerId: row.owner_id,
    ownerName: row.owner_name ?? null,
    creditLimit: row.credit_limit === null ? null : Number(row.credit_limit),
    status: row.status,
    licenseStatus: row.license_status,
    source: row.source,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The full record; NIK and NPWP decrypted, then masked unless `revealIdentifiers`. */
export function toCustomerResponse(
  row: CustomerRow,
  licenses: LicenseRow[],
  cipher: FieldCipher,
  revealIdentifiers: boolean,
): CustomerResponseDto {
  const reveal = (ciphertext: string | null) => {
    if (!ciphertext) return null;
    const plain = cipher.decrypt(ciphertext);
    return revealIdentifiers ? plain : maskIdentifier(plain.replace(/\D/g, ''));
  };
  return {
    ...toCustomerSummary(row),
    nik: reveal(row.nik_ciphertext),
    npwp: reveal(row.npwp_ciphertext),
    notes: row.notes,
    licenses: licenses.map((l) => ({
      kind: l.kind,
      number: l.number,
      validUntil: l.valid_until,
      practiceClinicId: l.practice_clinic_id,
      practiceClinicName: l.practice_clinic_name ?? null,
      status: l.status,
    })),
  };
}
