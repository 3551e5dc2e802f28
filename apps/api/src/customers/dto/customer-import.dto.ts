import { ApiProperty } from '@nestjs/swagger';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export class ImportRowErrorDto {
  /** 1-based data row (the header is row 0). */
  @ApiProperty({ type: 'integer' })
  row: number;
  field: string;
  message: string;
}

export class CustomerImportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ type: 'integer' })
  processed: number;
  @ApiProperty({ type: 'integer' })
  created: number;
  @ApiProperty({ type: 'integer' })
  failed: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;
}

export class CustomerImportDetailDto extends CustomerImportDto {
  /** The first 1,000 rejected rows; values are never echoed back. */
  @ApiProperty({ type: [ImportRowErrorDto] })
  errors: ImportRowErrorDto[];
}
