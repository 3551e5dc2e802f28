// Loose on purpose: the server has the final say; this only catches typos while typing.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEmail = (value: string): boolean => EMAIL_PATTERN.test(value.trim());

export const MIN_PASSWORD_LENGTH = 12;
