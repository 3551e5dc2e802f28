import { resources } from '../lib/i18n';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('translations', () => {
  // A key missing in one language shows the raw key to the user.
  it.each(Object.keys(resources.id))('%s has the same keys in Indonesian and English', (ns) => {
    const namespace = ns as keyof typeof resources.id;
    expect(keysOf(resources.en[namespace]).sort()).toEqual(keysOf(resources.id[namespace]).sort());
  });
});
