import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CUSTOMER_SOURCES,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  LICENSE_KINDS,
  LICENSE_STATES,
  LICENSE_STATUSES,
  type CustomerSource,
  type CustomerStatus,
  type CustomerType,
  type LicenseKind,
  type LicenseState,
  type LicenseStatus,
} from '@bei-hub/domain';

export class LicenseDto {
  @ApiProperty({ enum: LICENSE_KINDS })
  kind: LicenseKind;
  number: string;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  validUntil: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  practiceClinicId: string | null;
  @ApiProperty({ type: String, nullable: true })
  practiceClinicName: string | null;
  @ApiProperty({ enum: LICENSE_STATES })
  status: LicenseState;
}

export class CustomerAddressDto {
  line1: string;
  @ApiProperty({ type: String, nullable: true })
  district: string | null;
  city: string;
  province: string;
  @ApiProperty({ type: String, nullable: true })
  postalCode: string | null;
}

/** A customer as lists show it: never NIK or NPWP. */
export class CustomerSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: CUSTOMER_TYPES })
  type: CustomerType;
  name: string;
  @ApiProperty({ type: String, nullable: true })
  email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' })
  whatsapp: string | null;
  @ApiProperty({ type: String, nullable: true })
  specialty: string | null;
  @ApiProperty({ type: CustomerAddressDto, nullable: true })
  address: CustomerAddressDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ownerId: string | null;
  /** The owning sales rep's name, for display. */
  @ApiProperty({ type: String, nullable: true })
  ownerName: string | null;
  @ApiProperty({ type: 'integer', nullable: true })
  creditLimit: number | null;
  @ApiProperty({ enum: CUSTOMER_STATUSES })
  status: CustomerStatus;
  @ApiProperty({ enum: LICENSE_STATUSES })
  licenseStatus: LicenseStatus;
  @ApiProperty({
    enum: CUSTOMER_SOURCES,
    description: 'How the record came in: entered, imported or from an integrator.',
  })
  source: CustomerSource;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** One customer with licences; NIK and NPWP masked except for the privacy officer. */
export class CustomerResponseDto extends CustomerSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: '••••••••••••0001' })
  nik: string | null;
  @ApiProperty({ type: String, nullable: true, example: '••••••••••••1000' })
  npwp: string | null;
  @ApiProperty({ type: [LicenseDto] })
  licenses: LicenseDto[];
  @ApiPropertyOptional({ type: String, nullable: true })
  notes: string | null;
}

export class CustomerPageDto {
  @ApiProperty({ type: [CustomerSummaryDto] })
  items: CustomerSummaryDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
