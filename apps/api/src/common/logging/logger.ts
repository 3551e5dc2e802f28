import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Credentials and personal fields are redacted wherever they appear, and
 * request logs carry the route template, never the query string.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'bei-hub-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.accessToken',
        '*.refreshToken',
        '*.clientSecret',
        '*.token',
        '*.nik',
        '*.npwp',
        '*.email',
        '*.phone',
        '*.whatsapp',
        'password',
        'email',
      ],
      censor: '[redacted]',
    },
  });
}
