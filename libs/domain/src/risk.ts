/** Transparent anti-fraud rules (contract §6): every point of the score comes with a reason. */
export const RISK_MODEL = 'rules-v1';

export type RiskLevel = 'low' | 'medium' | 'high';
export type RiskReason = { code: string; message: string; points: number };
export type RiskAssessment = {
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
  model: string;
};

export type RiskFacts = {
  orderTotal: number;
  /** The customer's earlier non-cancelled sale orders. */
  previousOrderCount: number;
  previousAverageTotal: number;
  ordersLast24Hours: number;
  prescriptionOnlyUnits: number;
  /** Days until the first licence needed for the order expires; null when none expires. */
  licenseExpiresInDays: number | null;
};

const LARGE_FIRST_ORDER = 50_000_000;

export function assessRisk(facts: RiskFacts): RiskAssessment {
  const reasons: RiskReason[] = [];
  if (facts.previousOrderCount >= 3 && facts.orderTotal > 3 * facts.previousAverageTotal) {
    reasons.push({
      code: 'far_above_usual',
      message: 'Total is more than three times this customer’s usual order.',
      points: 40,
    });
  }
  if (facts.previousOrderCount === 0 && facts.orderTotal >= LARGE_FIRST_ORDER) {
    reasons.push({
      code: 'large_first_order',
      message: 'First order from this customer and a large one.',
      points: 35,
    });
  }
  if (facts.ordersLast24Hours >= 3) {
    reasons.push({
      code: 'many_recent_orders',
      message: 'Three or more orders in the last 24 hours.',
      points: 30,
    });
  }
  if (facts.prescriptionOnlyUnits >= 50) {
    reasons.push({
      code: 'unusual_prescription_quantity',
      message: 'Unusually many prescription-only units.',
      points: 30,
    });
  }
  if (facts.licenseExpiresInDays !== null && facts.licenseExpiresInDays <= 30) {
    reasons.push({
      code: 'license_expiring',
      message: 'A licence this order relies on expires within 30 days.',
      points: 15,
    });
  }
  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  const level: RiskLevel = score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low';
  return { score, level, reasons, model: RISK_MODEL };
}
