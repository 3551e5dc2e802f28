/** Mantine's NumberInput reports '' while empty and a string mid-typing ("1."); keep '' as empty. */
export const toNumberOrEmpty = (value: number | string): number | '' => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const parsed = Number(value.trim());
  return value.trim() === '' || !Number.isFinite(parsed) ? '' : parsed;
};
