import { useTranslation } from 'react-i18next';

const KNOWN = [
  'far_above_usual',
  'large_first_order',
  'many_recent_orders',
  'unusual_prescription_quantity',
  'license_expiring',
] as const;

/** A risk rule in the user's language; a rule this screen does not know yet shows the server's words. */
export const RiskReasonText = ({ code, message }: { code: string; message: string }) => {
  const { t } = useTranslation('orders');
  const known = KNOWN.find((candidate) => candidate === code);
  return <>{known ? t(`riskReasons.${known}`) : message}</>;
};
