import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedPrincipal } from '../../auth/principal';
import { flattenValidationErrors } from '../../common/http/validation';
import { DomainError, type FieldError } from '../../common/problem/domain-errors';
import { CustomersService } from '../customers.service';
import { CreateCustomerDto } from '../dto/create-customer.dto';
import { type CsvRecord, csvFieldFor, toCreateCustomerBody } from './csv-row';

/** Validates and creates one batch of CSV rows; each row in its own savepoint. */
@Injectable()
export class ImportRowProcessor {
  constructor(private readonly customers: CustomersService) {}

  async processBatch(
    manager: EntityManager,
    principal: AuthenticatedPrincipal,
    importId: string,
    records: CsvRecord[],
    start: number,
    size: number,
  ): Promise<{ created: number; failed: number }> {
    let created = 0;
    let failed = 0;
    for (let index = start; index < Math.min(start + size, records.length); index += 1) {
      const rowNumber = index + 1;
      const body = toCreateCustomerBody(records[index]);
      const errors = await this.createRow(manager, principal, body);
      if (errors.length === 0) {
        created += 1;
        continue;
      }
      failed += 1;
      for (const error of errors) {
        await manager.query(
          `INSERT INTO customer_import_errors (import_id, row_number, field, message) VALUES ($1, $2, $3, $4)`,
          [importId, rowNumber, csvFieldFor(error.field, body), error.message],
        );
      }
    }
    return { created, failed };
  }

  private async createRow(
    manager: EntityManager,
    principal: AuthenticatedPrincipal,
    body: Record<string, unknown>,
  ): Promise<FieldError[]> {
    const dto = plainToInstance(CreateCustomerDto, body);
    const invalid = await validate(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    if (invalid.length) return flattenValidationErrors(invalid);
    await manager.query('SAVEPOINT import_row');
    try {
      await this.customers.createWith(manager, principal, dto, 'imported');
      await manager.query('RELEASE SAVEPOINT import_row');
      return [];
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      if (error instanceof DomainError && error.errors?.length) return error.errors;
      if ((error as { code?: string }).code === '23505')
        return [{ field: 'nik', message: 'is already recorded for another customer' }];
      throw error;
    }
  }
}
