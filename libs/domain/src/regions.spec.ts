import { PROVINCES, resolveCity, resolveProvince } from './regions';

describe('regions', () => {
  it('lists all 38 provinces', () => {
    expect(PROVINCES).toHaveLength(38);
  });

  it('resolves what people type to the official names', () => {
    expect(resolveProvince('jakarta')).toBe('DKI Jakarta');
    expect(resolveProvince('jawa barat')).toBe('Jawa Barat');
    expect(resolveCity('Jawa Barat', 'Bandung')).toBe('Kota Bandung');
    expect(resolveCity('Bali', 'badung')).toBe('Kabupaten Badung');
    expect(resolveCity('DKI Jakarta', 'Kota Jakarta Selatan')).toBe('Kota Jakarta Selatan');
  });

  it('refuses a city outside its province and unknown names', () => {
    expect(resolveCity('Bali', 'Bandung')).toBeNull();
    expect(resolveProvince('Atlantis')).toBeNull();
  });
});
