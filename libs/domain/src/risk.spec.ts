import { assessRisk } from './risk';

const base = {
  orderTotal: 5_000_000,
  previousOrderCount: 5,
  previousAverageTotal: 5_000_000,
  ordersLast24Hours: 0,
  prescriptionOnlyUnits: 0,
  licenseExpiresInDays: null,
};

describe('assessRisk', () => {
  it('scores an ordinary order low with no reasons', () => {
    expect(assessRisk(base)).toMatchObject({
      score: 0,
      level: 'low',
      reasons: [],
      model: 'rules-v1',
    });
  });

  it('explains each point and reaches high only when several rules agree', () => {
    const risk = assessRisk({ ...base, orderTotal: 30_000_000, ordersLast24Hours: 4 });
    expect(risk.reasons.map((r) => r.code)).toEqual(['far_above_usual', 'many_recent_orders']);
    expect(risk).toMatchObject({ score: 70, level: 'high' });
    expect(assessRisk({ ...base, licenseExpiresInDays: 10 }).level).toBe('low');
    expect(assessRisk({ ...base, previousOrderCount: 0, orderTotal: 80_000_000 }).level).toBe(
      'medium',
    );
  });
});
