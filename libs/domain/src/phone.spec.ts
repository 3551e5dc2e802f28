import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['(021) 555-1234', '+62215551234'],
    ['021 5551234', '+62215551234'],
  ])('normalises %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', 'abc', '12345', '+62 0812 3456', '0812', '08123456789012345', '+1 (555) abc'])(
    'rejects %s',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );

  it('keeps a valid foreign E.164 number', () => {
    expect(normalizePhone('+6591234567')).toBe('+6591234567');
  });
});
