import { formatCalendarDate, formatDate, formatDateTime, formatMoney } from './format';

describe('formatMoney', () => {
  it('writes rupiah the Indonesian way', () => {
    expect(formatMoney(1_100_000, 'id')).toBe('Rp 1.100.000');
  });

  it('writes rupiah the English way', () => {
    expect(formatMoney(1_100_000, 'en')).toBe('IDR 1,100,000');
  });

  it('handles zero, small, negative and bigint amounts', () => {
    expect(formatMoney(0, 'id')).toBe('Rp 0');
    expect(formatMoney(500, 'en')).toBe('IDR 500');
    expect(formatMoney(-25_000, 'id')).toBe('-Rp 25.000');
    expect(formatMoney(12_345_678_901_234_567n, 'en')).toBe('IDR 12,345,678,901,234,567');
  });

  it('refuses fractions instead of printing a wrong amount', () => {
    expect(() => formatMoney(1000.5, 'id')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'id')).toThrow(RangeError);
  });
});

describe('dates in WIB', () => {
  // 17:30 UTC is already the next day in Jakarta (UTC+7).
  const lateEvening = '2026-11-25T17:30:00.000Z';

  it('shows the Jakarta calendar day', () => {
    expect(formatDate(lateEvening, 'id')).toBe('26 Nov 2026');
    expect(formatDate(lateEvening, 'en')).toBe('Nov 26, 2026');
  });

  it('shows Jakarta time and says so', () => {
    expect(formatDateTime(lateEvening, 'id')).toBe('26 Nov 2026, 00.30 WIB');
    expect(formatDateTime(lateEvening, 'en')).toBe('Nov 26, 2026, 00:30 WIB');
  });

  it('rejects something that is not a timestamp', () => {
    expect(() => formatDate('yesterday', 'id')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('writes the day as given, whatever the time zone', () => {
    expect(formatCalendarDate('2027-06-30', 'id')).toBe('30 Jun 2027');
    expect(formatCalendarDate('2027-06-30', 'en')).toBe('Jun 30, 2027');
  });

  it('rejects a day that does not exist', () => {
    expect(() => formatCalendarDate('2027-02-30', 'id')).toThrow(RangeError);
    expect(() => formatCalendarDate('30/06/2027', 'id')).toThrow(RangeError);
  });
});
