import { suppressSmallCells } from './suppression';

const cell = (key: string, customers: number) => ({
  key,
  customers,
  orders: customers,
  revenue: customers * 1000,
});

describe('suppressSmallCells', () => {
  it('shows everything when every group covers k customers', () => {
    expect(suppressSmallCells([cell('a', 5), cell('b', 9)], 5)).toEqual({
      shown: [cell('a', 5), cell('b', 9)],
      suppressed: 0,
    });
  });

  it('withholds a small group and the next smallest, so the total cannot reveal it', () => {
    const { shown, suppressed } = suppressSmallCells(
      [cell('bali', 2), cell('jakarta', 40), cell('medan', 6), cell('surabaya', 12)],
      5,
    );
    expect(suppressed).toBe(2);
    expect(shown.map((c) => c.key)).toEqual(['jakarta', 'surabaya']);
  });

  it('keeps withholding until the withheld groups cover k customers together', () => {
    const { shown, suppressed } = suppressSmallCells(
      [cell('a', 1), cell('b', 1), cell('c', 6), cell('d', 7), cell('e', 50)],
      5,
    );
    expect(suppressed).toBe(3);
    expect(shown.map((c) => c.key)).toEqual(['d', 'e']);
  });
});
