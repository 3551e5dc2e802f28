import { computePpn } from './money';

describe('computePpn', () => {
  it('follows the PMK 131/2024 worked example (Rp10,000,000 → DPP 9,166,667, PPN 1,100,000)', () => {
    expect(computePpn(10_000_000)).toEqual({ taxBase: 9_166_667, ppn: 1_100_000 });
  });

  it('uses the configured rate and DPP factor', () => {
    expect(computePpn(1_000_000, { ratePercent: 11, dppNumerator: 1, dppDenominator: 1 })).toEqual({
      taxBase: 1_000_000,
      ppn: 110_000,
    });
  });

  it('stays exact beyond 2^53 intermediate values', () => {
    expect(computePpn(900_000_000_000_000)).toEqual({
      taxBase: 825_000_000_000_000,
      ppn: 99_000_000_000_000,
    });
  });

  it('refuses fractional or negative amounts', () => {
    expect(() => computePpn(10.5)).toThrow(RangeError);
    expect(() => computePpn(-1)).toThrow(RangeError);
  });
});
