import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAudit from '../locales/en/audit.json';
import enAuth from '../locales/en/auth.json';
import enCatalog from '../locales/en/catalog.json';
import enCommon from '../locales/en/common.json';
import enConsent from '../locales/en/consent.json';
import enCustomers from '../locales/en/customers.json';
import enIntegrations from '../locales/en/integrations.json';
import enOrders from '../locales/en/orders.json';
import enPrivacy from '../locales/en/privacy.json';
import enRiskReviews from '../locales/en/risk-reviews.json';
import enUsers from '../locales/en/users.json';
import idAudit from '../locales/id/audit.json';
import idAuth from '../locales/id/auth.json';
import idCatalog from '../locales/id/catalog.json';
import idCommon from '../locales/id/common.json';
import idConsent from '../locales/id/consent.json';
import idCustomers from '../locales/id/customers.json';
import idIntegrations from '../locales/id/integrations.json';
import idOrders from '../locales/id/orders.json';
import idPrivacy from '../locales/id/privacy.json';
import idRiskReviews from '../locales/id/risk-reviews.json';
import idUsers from '../locales/id/users.json';
import type { Language } from './format';

export const LANGUAGES: readonly Language[] = ['id', 'en'];
export const DEFAULT_LANGUAGE: Language = 'id';
const STORAGE_KEY = 'bei-hub.language';

export const resources = {
  id: {
    common: idCommon,
    auth: idAuth,
    users: idUsers,
    customers: idCustomers,
    orders: idOrders,
    catalog: idCatalog,
    riskReviews: idRiskReviews,
    consent: idConsent,
    privacy: idPrivacy,
    audit: idAudit,
    integrations: idIntegrations,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    users: enUsers,
    customers: enCustomers,
    orders: enOrders,
    catalog: enCatalog,
    riskReviews: enRiskReviews,
    consent: enConsent,
    privacy: enPrivacy,
    audit: enAudit,
    integrations: enIntegrations,
  },
} as const;

const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.some((language) => language === value);

/** The remembered choice (only the language is stored, nothing personal), else Indonesian. */
export const storedLanguage = (): Language => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

export const rememberLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this tab only.
  }
};

export const currentLanguage = (instance: i18n): Language =>
  isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;

/** A fresh instance per call so tests do not share language state. */
export const createI18n = (language: Language = storedLanguage()): i18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: [
      'common',
      'auth',
      'users',
      'customers',
      'orders',
      'catalog',
      'riskReviews',
      'consent',
      'privacy',
      'audit',
      'integrations',
    ],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  document.documentElement.lang = language;
  return instance;
};
