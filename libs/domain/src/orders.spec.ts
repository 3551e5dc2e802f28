import { DEFAULT_PPN } from './money';
import { allowedActions, computeOrderTotals, nextStatuses } from './orders';

describe('order state machine', () => {
  it('walks a sale from draft to paid', () => {
    expect(nextStatuses('sale', 'draft', 'submit')).toEqual(['approved', 'on_review']);
    expect(nextStatuses('sale', 'on_review', 'approve')).toEqual(['approved']);
    expect(nextStatuses('sale', 'approved', 'fulfil')).toEqual(['fulfilled']);
    expect(nextStatuses('sale', 'fulfilled', 'invoice')).toEqual(['invoiced']);
    expect(nextStatuses('sale', 'invoiced', 'pay')).toEqual(['paid']);
  });

  it('walks a purchase from draft to received', () => {
    expect(nextStatuses('purchase', 'draft', 'submit')).toEqual(['submitted']);
    expect(nextStatuses('purchase', 'submitted', 'approve')).toEqual(['approved']);
    expect(nextStatuses('purchase', 'approved', 'receive')).toEqual(['received']);
  });

  it('allows cancel only before fulfilment or receipt', () => {
    expect(allowedActions('sale', 'approved')).toEqual(['fulfil', 'cancel']);
    expect(nextStatuses('sale', 'fulfilled', 'cancel')).toEqual([]);
    expect(nextStatuses('purchase', 'received', 'cancel')).toEqual([]);
    expect(nextStatuses('sale', 'paid', 'cancel')).toEqual([]);
  });

  it('refuses actions of the other kind', () => {
    expect(nextStatuses('sale', 'approved', 'receive')).toEqual([]);
    expect(nextStatuses('purchase', 'approved', 'fulfil')).toEqual([]);
  });
});

describe('computeOrderTotals', () => {
  it('matches the hand calculation: Rp10,000,000 → DPP 9,166,667 → PPN 1,100,000', () => {
    expect(computeOrderTotals([{ quantity: 4, unitPrice: 2_500_000 }], DEFAULT_PPN)).toEqual({
      lines: [{ lineGross: 10_000_000, lineDiscount: 0, lineTotal: 10_000_000 }],
      subtotal: 10_000_000,
      discountTotal: 0,
      taxBase: 9_166_667,
      ppn: 1_100_000,
      total: 11_100_000,
    });
  });

  it('applies line discounts before tax, rounding each line once', () => {
    const totals = computeOrderTotals(
      [
        { quantity: 3, unitPrice: 1_333_333, discountPercent: 12.5 },
        { quantity: 1, unitPrice: 250_000 },
      ],
      DEFAULT_PPN,
    );
    expect(totals.lines[0]).toEqual({
      lineGross: 3_999_999,
      lineDiscount: 500_000,
      lineTotal: 3_499_999,
    });
    expect(totals.subtotal).toBe(4_249_999);
    expect(totals.discountTotal).toBe(500_000);
    expect(totals.taxBase).toBe(3_437_499);
    expect(totals.ppn).toBe(412_500);
    expect(totals.total).toBe(4_162_499);
  });
});
