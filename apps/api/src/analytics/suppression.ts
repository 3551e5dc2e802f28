export type Cell = { key: string; orders: number; customers: number; revenue: number };

/**
 * k-anonymity for aggregate tables: a cell covering fewer than k customers is withheld. So that no
 * withheld cell can be recovered by subtracting the shown cells from a total, withholding continues
 * with the smallest shown cells until at least two cells are withheld and together they cover at
 * least k customers (complementary suppression).
 */
export function suppressSmallCells(
  cells: Cell[],
  k: number,
): { shown: Cell[]; suppressed: number } {
  const shown = cells.filter((c) => c.customers >= k);
  const withheld = cells.filter((c) => c.customers < k);
  if (withheld.length === 0) return { shown, suppressed: 0 };
  const bySize = [...shown].sort((a, b) => a.customers - b.customers || a.key.localeCompare(b.key));
  const covered = () => withheld.reduce((sum, c) => sum + c.customers, 0);
  while ((withheld.length < 2 || covered() < k) && bySize.length > 0) {
    withheld.push(bySize.shift() as Cell);
  }
  const hidden = new Set(withheld.map((c) => c.key));
  return { shown: shown.filter((c) => !hidden.has(c.key)), suppressed: withheld.length };
}
