/**
 * Indonesia's 38 provinces with their cities (kota) and the main regencies (kabupaten) where
 * PT BEI's customers practise, spelled as in the Kemendagri lists. Addresses must use these names.
 */
export const REGIONS: Record<string, string[]> = {
  Aceh: [
    'Kota Banda Aceh',
    'Kota Sabang',
    'Kota Lhokseumawe',
    'Kota Langsa',
    'Kota Subulussalam',
    'Kabupaten Aceh Besar',
  ],
  'Sumatera Utara': [
    'Kota Medan',
    'Kota Binjai',
    'Kota Pematangsiantar',
    'Kota Tebing Tinggi',
    'Kota Tanjungbalai',
    'Kota Sibolga',
    'Kota Padangsidimpuan',
    'Kota Gunungsitoli',
    'Kabupaten Deli Serdang',
  ],
  'Sumatera Barat': [
    'Kota Padang',
    'Kota Bukittinggi',
    'Kota Payakumbuh',
    'Kota Padang Panjang',
    'Kota Solok',
    'Kota Sawahlunto',
    'Kota Pariaman',
  ],
  Riau: ['Kota Pekanbaru', 'Kota Dumai', 'Kabupaten Kampar'],
  'Kepulauan Riau': ['Kota Batam', 'Kota Tanjungpinang', 'Kabupaten Bintan'],
  Jambi: ['Kota Jambi', 'Kota Sungai Penuh'],
  'Sumatera Selatan': ['Kota Palembang', 'Kota Prabumulih', 'Kota Pagar Alam', 'Kota Lubuklinggau'],
  'Kepulauan Bangka Belitung': ['Kota Pangkalpinang', 'Kabupaten Belitung'],
  Bengkulu: ['Kota Bengkulu'],
  Lampung: ['Kota Bandar Lampung', 'Kota Metro'],
  'DKI Jakarta': [
    'Kota Jakarta Pusat',
    'Kota Jakarta Utara',
    'Kota Jakarta Barat',
    'Kota Jakarta Selatan',
    'Kota Jakarta Timur',
    'Kabupaten Kepulauan Seribu',
  ],
  'Jawa Barat': [
    'Kota Bandung',
    'Kota Bekasi',
    'Kota Bogor',
    'Kota Depok',
    'Kota Cimahi',
    'Kota Cirebon',
    'Kota Sukabumi',
    'Kota Tasikmalaya',
    'Kota Banjar',
    'Kabupaten Bandung',
    'Kabupaten Bekasi',
    'Kabupaten Bogor',
    'Kabupaten Karawang',
  ],
  Banten: [
    'Kota Tangerang',
    'Kota Tangerang Selatan',
    'Kota Serang',
    'Kota Cilegon',
    'Kabupaten Tangerang',
  ],
  'Jawa Tengah': [
    'Kota Semarang',
    'Kota Surakarta',
    'Kota Magelang',
    'Kota Salatiga',
    'Kota Pekalongan',
    'Kota Tegal',
    'Kabupaten Semarang',
    'Kabupaten Banyumas',
  ],
  'DI Yogyakarta': ['Kota Yogyakarta', 'Kabupaten Sleman', 'Kabupaten Bantul'],
  'Jawa Timur': [
    'Kota Surabaya',
    'Kota Malang',
    'Kota Batu',
    'Kota Kediri',
    'Kota Blitar',
    'Kota Madiun',
    'Kota Mojokerto',
    'Kota Pasuruan',
    'Kota Probolinggo',
    'Kabupaten Sidoarjo',
    'Kabupaten Gresik',
  ],
  Bali: ['Kota Denpasar', 'Kabupaten Badung', 'Kabupaten Gianyar', 'Kabupaten Tabanan'],
  'Nusa Tenggara Barat': ['Kota Mataram', 'Kota Bima', 'Kabupaten Lombok Barat'],
  'Nusa Tenggara Timur': ['Kota Kupang', 'Kabupaten Manggarai Barat'],
  'Kalimantan Barat': ['Kota Pontianak', 'Kota Singkawang'],
  'Kalimantan Tengah': ['Kota Palangka Raya'],
  'Kalimantan Selatan': ['Kota Banjarmasin', 'Kota Banjarbaru'],
  'Kalimantan Timur': ['Kota Samarinda', 'Kota Balikpapan', 'Kota Bontang'],
  'Kalimantan Utara': ['Kota Tarakan', 'Kabupaten Bulungan'],
  'Sulawesi Utara': ['Kota Manado', 'Kota Bitung', 'Kota Tomohon', 'Kota Kotamobagu'],
  Gorontalo: ['Kota Gorontalo'],
  'Sulawesi Tengah': ['Kota Palu'],
  'Sulawesi Barat': ['Kabupaten Mamuju'],
  'Sulawesi Selatan': [
    'Kota Makassar',
    'Kota Parepare',
    'Kota Palopo',
    'Kabupaten Gowa',
    'Kabupaten Maros',
  ],
  'Sulawesi Tenggara': ['Kota Kendari', 'Kota Baubau'],
  Maluku: ['Kota Ambon', 'Kota Tual'],
  'Maluku Utara': ['Kota Ternate', 'Kota Tidore Kepulauan'],
  Papua: ['Kota Jayapura', 'Kabupaten Jayapura'],
  'Papua Barat': ['Kabupaten Manokwari'],
  'Papua Barat Daya': ['Kota Sorong'],
  'Papua Selatan': ['Kabupaten Merauke'],
  'Papua Tengah': ['Kabupaten Nabire', 'Kabupaten Mimika'],
  'Papua Pegunungan': ['Kabupaten Jayawijaya'],
};

export const PROVINCES = Object.keys(REGIONS);

const PROVINCE_ALIASES: Record<string, string> = {
  jakarta: 'DKI Jakarta',
  'daerah khusus ibukota jakarta': 'DKI Jakarta',
  yogyakarta: 'DI Yogyakarta',
  'daerah istimewa yogyakarta': 'DI Yogyakarta',
  'bangka belitung': 'Kepulauan Bangka Belitung',
};

/** The official province name for what someone typed (case-insensitive, common aliases), or null. */
export function resolveProvince(input: string): string | null {
  const key = input.trim().toLowerCase();
  return PROVINCES.find((p) => p.toLowerCase() === key) ?? PROVINCE_ALIASES[key] ?? null;
}

/** The official city name in a province: exact, or `Bandung` → `Kota Bandung` → `Kabupaten Bandung`. */
export function resolveCity(province: string, input: string): string | null {
  const cities = REGIONS[province] ?? [];
  const key = input.trim().toLowerCase();
  return (
    cities.find((c) => c.toLowerCase() === key) ??
    cities.find((c) => c.toLowerCase() === `kota ${key}`) ??
    cities.find((c) => c.toLowerCase() === `kabupaten ${key}`) ??
    null
  );
}
