import { todayInJakarta } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import type {
  CreateProductDto,
  ListProductsQueryDto,
  LotListDto,
  ProductPageDto,
  ProductResponseDto,
  UpdateProductDto,
} from './dto/product.dto';

type ProductRow = {
  id: string;
  sku: string;
  name: string;
  brand: string;
  category: string;
  unit: string;
  prescription_only: boolean;
  price: string;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  on_hand: number;
};

const SELECT_PRODUCT = `
  SELECT p.*, coalesce((SELECT sum(l.quantity_on_hand) FROM lots l WHERE l.product_id = p.id AND l.expiry_date >= $1::date), 0)::int AS on_hand
  FROM products p`;

const COLUMNS: Record<keyof CreateProductDto, string> = {
  sku: 'sku',
  name: 'name',
  brand: 'brand',
  category: 'category',
  unit: 'unit',
  prescriptionOnly: 'prescription_only',
  price: 'price',
  active: 'active',
};

function toProduct(row: ProductRow): ProductResponseDto {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    brand: row.brand,
    category: row.category,
    unit: row.unit,
    prescriptionOnly: row.prescription_only,
    price: Number(row.price),
    active: row.active,
    quantityOnHand: row.on_hand,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function duplicateSku(error: unknown): unknown {
  return (error as { code?: string }).code === '23505'
    ? new ConflictError('Another product has this SKU.', [
        { field: 'sku', message: 'is already in use' },
      ])
    : error;
}

/** The product catalogue: prices in whole rupiah, prescription-only flags, stock by lot. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListProductsQueryDto): Promise<ProductPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor);
    const q = query.q?.trim().toLowerCase();
    const rows: ProductRow[] = await this.dataSource.query(
      `${SELECT_PRODUCT}
       WHERE ($2::text IS NULL OR lower(p.sku) LIKE '%' || $2 || '%' OR lower(p.name) LIKE '%' || $2 || '%' OR lower(p.brand) LIKE '%' || $2 || '%')
         AND ($3::boolean IS NULL OR p.active = $3) AND ($4::uuid IS NULL OR p.id < $4)
       ORDER BY p.id DESC LIMIT $5`,
      [
        todayInJakarta(),
        q || null,
        query.active === undefined ? null : query.active === 'true',
        after?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toProduct);
  }

  async get(id: string): Promise<ProductResponseDto> {
    const [row]: ProductRow[] = await this.dataSource.query(`${SELECT_PRODUCT} WHERE p.id = $2`, [
      todayInJakarta(),
      id,
    ]);
    if (!row) throw new NotFoundError('Product');
    return toProduct(row);
  }

  async create(input: CreateProductDto): Promise<ProductResponseDto> {
    const id = uuidv7();
    await this.dataSource
      .transaction(async (manager) => {
        await manager.query(
          `INSERT INTO products (id, sku, name, brand, category, unit, prescription_only, price, active) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
          [
            id,
            input.sku,
            input.name.trim(),
            input.brand.trim(),
            input.category.trim(),
            input.unit.trim(),
            input.prescriptionOnly,
            input.price,
            input.active ?? true,
          ],
        );
        await this.audit.record(manager, {
          action: 'product.created',
          resourceType: 'product',
          resourceId: id,
        });
      })
      .catch((error: unknown) => {
        throw duplicateSku(error);
      });
    return this.get(id);
  }

  async update(id: string, version: number, input: UpdateProductDto): Promise<ProductResponseDto> {
    const current = await this.get(id);
    if (current.version !== version) throw new PreconditionFailedError();
    const changes = (Object.keys(COLUMNS) as (keyof CreateProductDto)[]).filter(
      (key) => input[key] !== undefined && input[key] !== current[key],
    );
    if (changes.length === 0) return current;
    await this.dataSource
      .transaction(async (manager) => {
        const sets = changes.map((key, i) => `${COLUMNS[key]} = $${i + 3}`);
        const [rows]: [unknown[], number] = await manager.query(
          `UPDATE products SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
          [id, version, ...changes.map((key) => input[key])],
        );
        if (rows.length === 0) throw new PreconditionFailedError();
        await this.audit.record(manager, {
          action: 'product.updated',
          resourceType: 'product',
          resourceId: id,
          changedFields: changes,
        });
      })
      .catch((error: unknown) => {
        throw duplicateSku(error);
      });
    return this.get(id);
  }

  async lots(productId: string): Promise<LotListDto> {
    await this.get(productId);
    const rows: {
      lot_number: string;
      expiry_date: string;
      quantity_on_hand: number;
      expired: boolean;
    }[] = await this.dataSource.query(
      `SELECT lot_number, to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date, quantity_on_hand, expiry_date < $2::date AS expired
       FROM lots WHERE product_id = $1 ORDER BY expiry_date, lot_number`,
      [productId, todayInJakarta()],
    );
    return {
      items: rows.map((r) => ({
        lotNumber: r.lot_number,
        expiryDate: r.expiry_date,
        quantityOnHand: r.quantity_on_hand,
        expired: r.expired,
      })),
    };
  }
}
