/** Rupiah amounts are whole integers; PPN settings come from configuration (DOMAIN.md). */
export type PpnConfig = { ratePercent: number; dppNumerator: number; dppDenominator: number };

export const DEFAULT_PPN: PpnConfig = { ratePercent: 12, dppNumerator: 11, dppDenominator: 12 };

/** Half-up division of non-negative bigints, so money never passes through floats. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Tax base (DPP) and PPN for an amount after discounts, each rounded once. */
export function computePpn(netAmount: number, config: PpnConfig = DEFAULT_PPN) {
  if (!Number.isSafeInteger(netAmount) || netAmount < 0) {
    throw new RangeError('netAmount must be a non-negative whole rupiah amount');
  }
  const net = BigInt(netAmount);
  const taxBase = divideRounded(net * BigInt(config.dppNumerator), BigInt(config.dppDenominator));
  // Rate is a percentage that may have two decimals (e.g. 11.5): scale by 100 to stay integral.
  const rateBasisPoints = BigInt(Math.round(config.ratePercent * 100));
  const ppn = divideRounded(taxBase * rateBasisPoints, 10_000n);
  return { taxBase: Number(taxBase), ppn: Number(ppn) };
}
