export type Language = 'id' | 'en';

const TIME_ZONE = 'Asia/Jakarta';
const NUMBER_LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-US' };
const CURRENCY_PREFIX: Record<Language, string> = { id: 'Rp', en: 'IDR' };

/**
 * Integer rupiah as `Rp 1.100.000` (id) or `IDR 1,100,000` (en). Money is never a float, so a
 * fractional or unsafe number is a bug upstream and throws rather than printing a wrong amount.
 */
export const formatMoney = (amount: number | bigint, language: Language): string => {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError(`Money must be an integer number of rupiah, got ${amount}`);
  }
  const negative = amount < 0;
  const magnitude = negative ? -amount : amount;
  const digits = new Intl.NumberFormat(NUMBER_LOCALE[language], {
    maximumFractionDigits: 0,
  }).format(magnitude);
  return `${negative ? '-' : ''}${CURRENCY_PREFIX[language]} ${digits}`;
};

const parts = (iso: string, language: Language, withTime: boolean): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${iso}`);
  return new Intl.DateTimeFormat(NUMBER_LOCALE[language], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(date);
};

/** A calendar date as seen in Jakarta, e.g. `25 Nov 2026` (id) / `Nov 25, 2026` (en). */
export const formatDate = (iso: string, language: Language): string => parts(iso, language, false);

/** A moment in Jakarta time with the zone spelled out, e.g. `25 Nov 2026, 15.00 WIB`. */
export const formatDateTime = (iso: string, language: Language): string =>
  `${parts(iso, language, true)} WIB`;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`YYYY-MM-DD`, e.g. a licence's last valid day) written like `formatDate`. It has
 * no time of day, so it is formatted as is, never shifted through a time zone.
 */
export const formatCalendarDate = (date: string, language: Language): string => {
  const match = CALENDAR_DATE.exec(date);
  const value = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!value || value.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return new Intl.DateTimeFormat(NUMBER_LOCALE[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(value);
};
