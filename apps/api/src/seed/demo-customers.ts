import { addDays, todayInJakarta } from '@bei-hub/domain';
import type { CreateCustomerDto } from '../customers/dto/create-customer.dto';

/** A small deterministic PRNG so every demo install has the same data. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = [
  'Ayu',
  'Budi',
  'Citra',
  'Dewi',
  'Eka',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lina',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rina',
  'Sari',
  'Taufik',
  'Utami',
  'Vina',
  'Wahyu',
  'Yuni',
  'Zainal',
  'Anisa',
  'Bayu',
  'Dian',
  'Hendra',
  'Ratna',
  'Surya',
];
const LAST = [
  'Lestari',
  'Santoso',
  'Wijaya',
  'Hartono',
  'Saputra',
  'Kusuma',
  'Pratama',
  'Nugroho',
  'Siregar',
  'Nasution',
  'Simanjuntak',
  'Wibowo',
  'Halim',
  'Tanjung',
  'Putra',
  'Rahayu',
  'Gunawan',
  'Setiawan',
  'Hidayat',
  'Purnomo',
  'Sembiring',
  'Pangestu',
  'Mahendra',
  'Suryadi',
];
const SPECIALTIES: [string, string, string][] = [
  ['dr.', ', Sp.KK', 'Dermatologi dan Venereologi'],
  ['dr.', ', Sp.DVE', 'Dermatologi, Venereologi, dan Estetika'],
  ['dr.', ', Sp.BP-RE', 'Bedah Plastik Rekonstruksi dan Estetik'],
  ['dr.', ', M.Kes', 'Kedokteran Estetik'],
  ['dr.', '', 'Dokter Umum Estetik'],
  ['drg.', '', 'Kedokteran Gigi Estetik'],
];
const CLINIC_WORDS = [
  'Klinik Kecantikan',
  'Aesthetic Clinic',
  'Skin Center',
  'Klinik Kulit',
  'Beauty Clinic',
  'Klinik Estetika',
];
const CLINIC_NAMES = [
  'Permata',
  'Ayu',
  'Cantika',
  'Lumina',
  'Dermaluxe',
  'Sehat Cantik',
  'Glow',
  'Mutiara',
  'Anggrek',
  'Kirana',
  'Sakura',
  'Bening',
];
const PLACES: [string, string, string, string][] = [
  ['DKI Jakarta', 'Kota Jakarta Selatan', 'Jl. Kemang Raya', '12730'],
  ['DKI Jakarta', 'Kota Jakarta Pusat', 'Jl. Cikini Raya', '10330'],
  ['DKI Jakarta', 'Kota Jakarta Barat', 'Jl. Puri Indah', '11610'],
  ['Jawa Timur', 'Kota Surabaya', 'Jl. Raya Darmo', '60241'],
  ['Jawa Barat', 'Kota Bandung', 'Jl. Riau', '40115'],
  ['Sumatera Utara', 'Kota Medan', 'Jl. Gatot Subroto', '20112'],
  ['Bali', 'Kota Denpasar', 'Jl. Teuku Umar', '80113'],
  ['Bali', 'Kabupaten Badung', 'Jl. Sunset Road', '80361'],
  ['Sulawesi Selatan', 'Kota Makassar', 'Jl. Boulevard Panakkukang', '90231'],
  ['Jawa Tengah', 'Kota Semarang', 'Jl. Pandanaran', '50241'],
  ['DI Yogyakarta', 'Kota Yogyakarta', 'Jl. Kaliurang', '55281'],
  ['Banten', 'Kota Tangerang Selatan', 'Jl. BSD Raya', '15310'],
];

export type DemoCustomers = {
  clinics: CreateCustomerDto[];
  doctors: (CreateCustomerDto & { clinicIndex: number })[];
};

/**
 * Realistic, invented doctors and clinics across provinces: some licences expired or expiring
 * soon, SIPs pointing at clinics. No real person's data.
 */
export function demoCustomers(clinicCount = 60, doctorCount = 240): DemoCustomers {
  const random = prng(20_261_125);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const today = todayInJakarta();
  const validity = () => {
    const roll = random();
    if (roll < 0.1) return addDays(today, -Math.ceil(random() * 200));
    if (roll < 0.2) return addDays(today, Math.ceil(random() * 29));
    return addDays(today, 60 + Math.floor(random() * 1400));
  };
  const phone = () =>
    `08${pick(['11', '12', '13', '21', '52', '57', '77', '81'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;

  const clinics = Array.from({ length: clinicCount }, (_, i): CreateCustomerDto => {
    const [province, city, street, postalCode] = PLACES[i % PLACES.length];
    const name = `${pick(CLINIC_WORDS)} ${pick(CLINIC_NAMES)} ${city.replace(/^(Kota|Kabupaten) /, '')}`;
    return {
      type: 'clinic',
      name: `${name} ${i + 1}`,
      email: `info${i + 1}@klinik-demo.id`,
      phone: `0${pick(['21', '31', '22', '61', '361', '411'])}${String(5_000_000 + Math.floor(random() * 4_000_000))}`,
      npwp: `00${String(Math.floor(random() * 1e14)).padStart(14, '0')}`,
      licenses: [
        {
          kind: 'CLINIC_PERMIT',
          number: `503/${1000 + i}/DPMPTSP/${2022 + (i % 4)}`,
          validUntil: validity(),
        },
      ],
      address: {
        line1: `${street} No. ${1 + (i % 120)}`,
        city,
        province,
        postalCode,
      },
      creditLimit: 50_000_000 + Math.floor(random() * 20) * 25_000_000,
    };
  });

  const doctors = Array.from({ length: doctorCount }, (_, i) => {
    const [prefix, suffix, specialty] = pick(SPECIALTIES);
    const first = pick(FIRST);
    const last = pick(LAST);
    const clinicIndex = Math.floor(random() * clinicCount);
    const clinic = clinics[clinicIndex];
    return {
      type: 'doctor' as const,
      name: `${prefix} ${first} ${last}${suffix}`,
      email: `${first}.${last}.${i + 1}@dokter-demo.id`.toLowerCase(),
      phone: phone(),
      whatsapp: random() < 0.7 ? phone() : undefined,
      specialty,
      licenses: [
        {
          kind: 'STR' as const,
          number: `${prefix === 'drg.' ? 'KG' : 'KK'}${String(1_000_000 + i * 7919).slice(0, 7)}${2017 + (i % 8)}`,
          validUntil: null,
        },
        {
          kind: 'SIP' as const,
          number: `SIP/${3100 + i}/${2023 + (i % 3)}`,
          validUntil: validity(),
        },
      ],
      address: clinic.address ?? undefined,
      creditLimit: 10_000_000 + Math.floor(random() * 10) * 5_000_000,
      clinicIndex,
    };
  });
  return { clinics, doctors };
}
