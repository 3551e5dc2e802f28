import { Readable } from 'node:stream';
import { todayInJakarta } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { csvLine } from './csv';
import { customerScopeOf } from './customer-scope';
import { CustomersRepository } from './customers.repository';

const HEADER = [
  'id',
  'type',
  'name',
  'email',
  'phone',
  'whatsapp',
  'specialty',
  'address_line1',
  'district',
  'city',
  'province',
  'postal_code',
  'owner_id',
  'credit_limit',
  'status',
  'license_status',
  'source',
  'created_at',
  'updated_at',
];

/** Streams the caller's customers as CSV in constant memory. NIK and NPWP are never exported in bulk. */
@Injectable()
export class CustomerExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly audit: AuditService,
  ) {}

  async exportCsv(principal: AuthenticatedPrincipal): Promise<Readable> {
    const scope = customerScopeOf(principal);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'customer.exported',
        resourceType: 'customer',
        resourceId: null,
      }),
    );
    const batches = this.customers.streamAll(scope, todayInJakarta());
    async function* lines() {
      yield csvLine(HEADER);
      for await (const rows of batches) {
        yield rows
          .map((c) =>
            csvLine([
              c.id,
              c.type,
              c.name,
              c.email,
              c.phone,
              c.whatsapp,
              c.specialty,
              c.address_line1,
              c.address_district,
              c.address_city,
              c.address_province,
              c.address_postal_code,
              c.owner_id,
              c.credit_limit,
              c.status,
              c.license_status,
              c.source,
              c.created_at.toISOString(),
              c.updated_at.toISOString(),
            ]),
          )
          .join('');
      }
    }
    return Readable.from(lines());
  }
}
