import { normalizeNpwp, normalizePhone } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { uuidv7 } from '../common/uuid';
import type { CreateSupplierDto, SupplierListDto, SupplierResponseDto } from './dto/supplier.dto';

type SupplierRow = {
  id: string;
  name: string;
  npwp: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  created_at: Date;
};

function toSupplier(row: SupplierRow): SupplierResponseDto {
  return {
    id: row.id,
    name: row.name,
    npwp: row.npwp,
    email: row.email,
    phone: row.phone,
    address: row.address,
    createdAt: row.created_at.toISOString(),
  };
}

/** Companies PT BEI buys from; their NPWP is a company's, not personal data. */
@Injectable()
export class SuppliersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SupplierListDto> {
    const rows: SupplierRow[] = await this.dataSource.query(
      `SELECT * FROM suppliers ORDER BY name`,
    );
    return { items: rows.map(toSupplier) };
  }

  async create(input: CreateSupplierDto): Promise<SupplierResponseDto> {
    const id = uuidv7();
    const [row] = await this.dataSource.transaction(async (manager) => {
      const rows: SupplierRow[] = await manager.query(
        `INSERT INTO suppliers (id, name, npwp, email, phone, address) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          id,
          input.name.trim(),
          input.npwp ? normalizeNpwp(input.npwp) : null,
          input.email?.toLowerCase() ?? null,
          input.phone ? normalizePhone(input.phone) : null,
          input.address?.trim() || null,
        ],
      );
      await this.audit.record(manager, {
        action: 'supplier.created',
        resourceType: 'supplier',
        resourceId: id,
      });
      return rows;
    });
    return toSupplier(row);
  }
}
