import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { useConsentPurposes } from './api/consent-queries';

/** A purpose code in the reader's language, from the server's list; the code until it loads. */
export const usePurposeLabel = (): ((code: string) => string) => {
  const { i18n } = useTranslation();
  const purposes = useConsentPurposes();
  const english = currentLanguage(i18n) === 'en';
  return (code: string) => {
    const purpose = purposes.data?.items.find((item) => item.code === code);
    if (!purpose) return code;
    return english ? purpose.labelEn : purpose.labelId;
  };
};

// Channels a message can go out on; other purposes (profiling, location) have no audience.
const CONTACT_CHANNELS: readonly string[] = ['email', 'sms', 'whatsapp', 'phone', 'mail'];

/** Purposes as Select options, labelled in the reader's language; optionally only contactable. */
export const usePurposeOptions = ({
  contactableOnly = false,
}: { contactableOnly?: boolean } = {}): { value: string; label: string }[] => {
  const purposes = useConsentPurposes();
  const label = usePurposeLabel();
  const items = purposes.data?.items ?? [];
  const offered = contactableOnly
    ? items.filter((purpose) => CONTACT_CHANNELS.includes(purpose.channel))
    : items;
  return offered.map((purpose) => ({
    value: purpose.code,
    label: label(purpose.code),
  }));
};
