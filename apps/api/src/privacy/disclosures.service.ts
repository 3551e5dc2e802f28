import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { currentContext } from '../common/context/request-context';
import { ValidationFailedError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { customerScopeOf } from '../customers/customer-scope';
import { assertCustomerVisible } from '../consent/consent-access';
import type { CreateDisclosureDto, DisclosureDto, DisclosureListDto } from './dto/disclosure.dto';

type DisclosureRow = {
  id: string;
  recipient_name: string;
  recipient_category: string;
  purpose: string;
  legal_basis: string;
  data_categories: string[];
  reference: string | null;
  disclosed_at: Date;
  customer_count: number;
};

const toDisclosure = (r: DisclosureRow): DisclosureDto => ({
  id: r.id,
  recipientName: r.recipient_name,
  recipientCategory: r.recipient_category,
  purpose: r.purpose,
  legalBasis: r.legal_basis,
  dataCategories: r.data_categories,
  customerCount: r.customer_count,
  reference: r.reference,
  disclosedAt: r.disclosed_at.toISOString(),
});

const SELECT = `SELECT d.*, (SELECT count(*)::int FROM disclosure_subjects s WHERE s.disclosure_id = d.id) AS customer_count FROM disclosures d`;

/** The disclosure ledger: to whom, why, on what basis, which data and whose. */
@Injectable()
export class DisclosuresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<DisclosureListDto> {
    const rows: DisclosureRow[] = await this.dataSource.query(
      `${SELECT} ORDER BY d.disclosed_at DESC LIMIT 500`,
    );
    return { items: rows.map(toDisclosure) };
  }

  async forCustomer(
    principal: AuthenticatedPrincipal,
    customerId: string,
  ): Promise<DisclosureListDto> {
    await assertCustomerVisible(this.dataSource, principal, customerId);
    const rows: DisclosureRow[] = await this.dataSource.query(
      `${SELECT} WHERE EXISTS (SELECT 1 FROM disclosure_subjects s WHERE s.disclosure_id = d.id AND s.customer_id = $1) ORDER BY d.disclosed_at DESC`,
      [customerId],
    );
    return { items: rows.map(toDisclosure) };
  }

  async create(
    principal: AuthenticatedPrincipal,
    input: CreateDisclosureDto,
  ): Promise<DisclosureDto> {
    const ids = [...new Set(input.customerIds)];
    const scope = customerScopeOf(principal);
    const visible: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM customers WHERE id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR owner_id = $2)`,
      [ids, scope.ownerId],
    );
    if (visible.length !== ids.length) {
      throw new ValidationFailedError([
        { field: 'customerIds', message: 'contains customers that do not exist or you cannot see' },
      ]);
    }
    const id = uuidv7();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO disclosures (id, recipient_name, recipient_category, purpose, legal_basis, data_categories, reference, disclosed_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          input.recipientName.trim(),
          input.recipientCategory,
          input.purpose.trim(),
          input.legalBasis,
          input.dataCategories,
          input.reference ?? null,
          input.disclosedAt ?? new Date(),
          currentContext().actor.id,
        ],
      );
      await manager.query(
        `INSERT INTO disclosure_subjects (disclosure_id, customer_id) SELECT $1, unnest($2::uuid[])`,
        [id, ids],
      );
      await this.audit.record(manager, {
        action: 'disclosure.recorded',
        resourceType: 'disclosure',
        resourceId: id,
      });
      const [row]: DisclosureRow[] = await manager.query(`${SELECT} WHERE d.id = $1`, [id]);
      return toDisclosure(row);
    });
  }
}
