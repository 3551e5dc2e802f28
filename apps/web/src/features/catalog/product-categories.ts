/** The categories the catalogue uses today; a product may carry another (shown as stored). */
export const PRODUCT_CATEGORIES = [
  'botulinum_toxin',
  'dermal_filler',
  'skin_booster',
  'thread',
  'cosmeceutical',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_UNITS = ['vial', 'syringe', 'box', 'bottle', 'tube', 'jar', 'ampoule', 'pcs'];

export const knownCategory = (value: string): ProductCategory | undefined =>
  PRODUCT_CATEGORIES.find((category) => category === value);
