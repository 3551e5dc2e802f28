import type { OrderLineDto, ReceivedLotDto } from '@bei-hub/api-client';
import { todayInJakarta } from '@bei-hub/domain';

export type ReceiveLotRow = {
  key: string;
  productId: string;
  lotNumber: string;
  expiryDate: string;
  quantity: number | '';
};

let rowSequence = 0;
const nextKey = (): string => `lot-${(rowSequence += 1)}`;

export const lotRowFor = (productId: string, quantity: number | ''): ReceiveLotRow => ({
  key: nextKey(),
  productId,
  lotNumber: '',
  expiryDate: '',
  quantity,
});

/** One row per ordered product to start with, holding the ordered quantity. */
export const initialLotRows = (lines: readonly OrderLineDto[]): ReceiveLotRow[] => {
  const ordered = new Map<string, number>();
  for (const line of lines)
    ordered.set(line.productId, (ordered.get(line.productId) ?? 0) + line.quantity);
  return [...ordered].map(([productId, quantity]) => lotRowFor(productId, quantity));
};

export type LotRowErrors = Record<string, string | undefined>;

type Messages = {
  lotRequired: string;
  expiryRequired: string;
  expiryPast: string;
  quantity: string;
  sumMismatch: (ordered: number, received: number) => string;
};

/**
 * The server's rules for receipt, checked while typing: every lot named, not yet expired, and
 * per product the lots add up to what was ordered.
 */
export const checkLotRows = (
  rows: readonly ReceiveLotRow[],
  lines: readonly OrderLineDto[],
  messages: Messages,
): { byRow: LotRowErrors; byProduct: Record<string, string | undefined> } => {
  const today = todayInJakarta();
  const byRow: LotRowErrors = {};
  rows.forEach((row) => {
    if (!row.lotNumber.trim()) byRow[`${row.key}.lotNumber`] = messages.lotRequired;
    if (!row.expiryDate) byRow[`${row.key}.expiryDate`] = messages.expiryRequired;
    else if (row.expiryDate < today) byRow[`${row.key}.expiryDate`] = messages.expiryPast;
    if (row.quantity === '' || !Number.isSafeInteger(row.quantity) || row.quantity < 1)
      byRow[`${row.key}.quantity`] = messages.quantity;
  });
  const byProduct: Record<string, string | undefined> = {};
  for (const line of lines) {
    const ordered = lines
      .filter((l) => l.productId === line.productId)
      .reduce((sum, l) => sum + l.quantity, 0);
    const received = rows
      .filter((row) => row.productId === line.productId)
      .reduce((sum, row) => sum + (row.quantity === '' ? 0 : row.quantity), 0);
    if (received !== ordered) byProduct[line.productId] = messages.sumMismatch(ordered, received);
  }
  return { byRow, byProduct };
};

export const toReceivedLots = (rows: readonly ReceiveLotRow[]): ReceivedLotDto[] =>
  rows.map((row) => ({
    productId: row.productId,
    lotNumber: row.lotNumber.trim(),
    expiryDate: row.expiryDate,
    quantity: row.quantity === '' ? 0 : row.quantity,
  }));
