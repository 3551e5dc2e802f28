import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ValidationFailedError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import type { AllocationInputDto, ReceivedLotDto } from './dto/order-actions.dto';
import type { OrderLineRow } from './order.types';

type LotRow = { id: string; lot_number: string; quantity_on_hand: number };

class InsufficientStockError extends DomainError {
  constructor(lineIndex: number, sku: string) {
    super('insufficient-stock', `Not enough unexpired stock of ${sku} for line ${lineIndex}.`, [
      { field: `lines[${lineIndex}].quantity`, message: 'exceeds the unexpired stock' },
    ]);
  }
}

/**
 * Moves stock: fulfilment takes lots first-expiry-first-out (or as given), receipt adds lots.
 * Lots are locked in a fixed order, so racing fulfilments queue; the loser sees the stock the
 * winner left and gets 409. The CHECK on quantity_on_hand is the last line of defence.
 */
@Injectable()
export class OrderStockService {
  async allocate(
    manager: EntityManager,
    orderId: string,
    lines: OrderLineRow[],
    today: string,
    given?: AllocationInputDto[],
  ): Promise<void> {
    for (const line of lines) {
      const lots: LotRow[] = await manager.query(
        `SELECT id, lot_number, quantity_on_hand FROM lots
         WHERE product_id = $1 AND expiry_date >= $2::date AND quantity_on_hand > 0
         ORDER BY expiry_date, lot_number FOR UPDATE`,
        [line.product_id, today],
      );
      const plan = given ? this.givenPlan(line, lots, given) : this.fefoPlan(line, lots);
      for (const { lot, quantity } of plan) {
        await manager.query(
          `UPDATE lots SET quantity_on_hand = quantity_on_hand - $2 WHERE id = $1`,
          [lot.id, quantity],
        );
        await manager.query(
          `INSERT INTO order_allocations (order_id, line_index, lot_id, quantity) VALUES ($1, $2, $3, $4)`,
          [orderId, line.line_index, lot.id, quantity],
        );
      }
    }
  }

  private fefoPlan(line: OrderLineRow, lots: LotRow[]): { lot: LotRow; quantity: number }[] {
    const plan: { lot: LotRow; quantity: number }[] = [];
    let needed = line.quantity;
    for (const lot of lots) {
      if (needed === 0) break;
      const take = Math.min(needed, lot.quantity_on_hand);
      plan.push({ lot, quantity: take });
      needed -= take;
    }
    if (needed > 0) throw new InsufficientStockError(line.line_index, line.sku);
    return plan;
  }

  private givenPlan(
    line: OrderLineRow,
    lots: LotRow[],
    given: AllocationInputDto[],
  ): { lot: LotRow; quantity: number }[] {
    const mine = given.map((a, i) => ({ a, i })).filter(({ a }) => a.lineIndex === line.line_index);
    const total = mine.reduce((sum, { a }) => sum + a.quantity, 0);
    if (total !== line.quantity) {
      throw new ValidationFailedError([
        {
          field: 'allocations',
          message: `must add up to ${line.quantity} for line ${line.line_index}`,
        },
      ]);
    }
    return mine.map(({ a, i }) => {
      const lot = lots.find((l) => l.lot_number === a.lotNumber);
      if (!lot) {
        throw new ValidationFailedError([
          {
            field: `allocations[${i}].lotNumber`,
            message: 'is not an unexpired lot of this product in stock',
          },
        ]);
      }
      if (lot.quantity_on_hand < a.quantity)
        throw new InsufficientStockError(line.line_index, line.sku);
      lot.quantity_on_hand -= a.quantity;
      return { lot, quantity: a.quantity };
    });
  }

  /** Adds received lots; quantities per product must match what the purchase order ordered. */
  async receive(
    manager: EntityManager,
    orderId: string,
    lines: OrderLineRow[],
    received: ReceivedLotDto[],
    today: string,
  ): Promise<void> {
    const ordered = new Map<string, number>();
    for (const line of lines)
      ordered.set(line.product_id, (ordered.get(line.product_id) ?? 0) + line.quantity);
    const got = new Map<string, number>();
    received.forEach((lot, i) => {
      if (!ordered.has(lot.productId))
        throw new ValidationFailedError([
          { field: `lots[${i}].productId`, message: 'is not on this purchase order' },
        ]);
      if (lot.expiryDate < today)
        throw new ValidationFailedError([
          { field: `lots[${i}].expiryDate`, message: 'is already past' },
        ]);
      got.set(lot.productId, (got.get(lot.productId) ?? 0) + lot.quantity);
    });
    for (const [productId, quantity] of ordered) {
      if (got.get(productId) !== quantity) {
        throw new ValidationFailedError([
          {
            field: 'lots',
            message: `must receive exactly ${quantity} units of every ordered product`,
          },
        ]);
      }
    }
    for (const [i, lot] of received.entries()) {
      const [row]: { id: string; expiry_date: string }[] = await manager.query(
        `INSERT INTO lots (id, product_id, lot_number, expiry_date, quantity_on_hand) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (product_id, lot_number) DO UPDATE SET quantity_on_hand = lots.quantity_on_hand + EXCLUDED.quantity_on_hand
         RETURNING id, to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date`,
        [uuidv7(), lot.productId, lot.lotNumber.trim(), lot.expiryDate, lot.quantity],
      );
      if (row.expiry_date !== lot.expiryDate) {
        throw new ValidationFailedError([
          {
            field: `lots[${i}].expiryDate`,
            message: `this lot is recorded with expiry ${row.expiry_date}`,
          },
        ]);
      }
      await manager.query(
        `INSERT INTO lot_receipts (order_id, lot_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (order_id, lot_id) DO UPDATE SET quantity = lot_receipts.quantity + EXCLUDED.quantity`,
        [orderId, row.id, lot.quantity],
      );
    }
  }
}
