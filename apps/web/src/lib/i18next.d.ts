import type { resources } from './i18n';

// Typed keys: a misspelt translation key fails the typecheck instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['id'];
  }
}
