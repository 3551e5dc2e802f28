import type { OrderKind } from '@bei-hub/domain';
import type { DataSource } from 'typeorm';

/**
 * `SO-2026-000001` / `PO-2026-000001` from one PostgreSQL sequence per kind and year, created on
 * first use. Sequences never hand out a number twice and never lock writers; a rolled-back create
 * leaves a gap, which is acceptable.
 */
export async function nextOrderNumber(
  dataSource: DataSource,
  kind: OrderKind,
  year: number,
): Promise<string> {
  const prefix = kind === 'sale' ? 'SO' : 'PO';
  const sequence = `order_number_${prefix.toLowerCase()}_${year}`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const [{ value }] = await dataSource.query(`SELECT nextval('${sequence}') AS value`);
      return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
    } catch (error) {
      if ((error as { code?: string }).code !== '42P01') throw error;
      // Two creators may race to make the sequence; the loser's error is harmless.
      await dataSource.query(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`).catch(() => undefined);
    }
  }
  throw new Error(`could not create sequence ${sequence}`);
}
