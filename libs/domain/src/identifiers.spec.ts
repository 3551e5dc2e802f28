import { maskIdentifier, nikProblem, normalizeNpwp, npwpProblem } from './identifiers';

describe('NIK', () => {
  it('accepts a man and a woman born on 12 March 1985 in Jakarta Selatan', () => {
    expect(nikProblem('3174011203850001')).toBeNull();
    expect(nikProblem('3174015203850002')).toBeNull();
  });

  it.each([
    ['317401120385001', 'must be exactly 16 digits'],
    ['31740112038500a1', 'must be exactly 16 digits'],
    ['0174011203850001', 'does not start with a valid province code'],
    ['3174013503850001', 'does not contain a valid birth date'],
    ['3174011213850001', 'does not contain a valid birth date'],
    ['3174011203850000', 'has an invalid serial number'],
  ])('rejects %s', (nik, problem) => {
    expect(nikProblem(nik)).toBe(problem);
  });
});

describe('NPWP', () => {
  it('accepts the 16-digit form and the retired 15-digit form with separators', () => {
    expect(npwpProblem('0012345678901000')).toBeNull();
    expect(npwpProblem('01.234.567.8-901.000')).toBeNull();
    expect(normalizeNpwp('01.234.567.8-901.000')).toBe('012345678901000');
  });

  it('rejects other lengths and letters', () => {
    expect(npwpProblem('12345')).not.toBeNull();
    expect(npwpProblem('01234567890100X')).not.toBeNull();
  });
});

describe('maskIdentifier', () => {
  it('keeps only the last four digits', () => {
    expect(maskIdentifier('3174011203850001')).toBe('••••••••••••0001');
    expect(maskIdentifier('012345678901000')).toBe('•••••••••••1000');
  });
});
