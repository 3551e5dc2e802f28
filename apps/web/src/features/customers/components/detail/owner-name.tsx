import { useTranslation } from 'react-i18next';
import { useCustomerPermissions } from '../../customer-permissions';

/** The owning sales rep by name (the API sends it with the customer); "you" for the caller's own. */
export const OwnerName = ({
  ownerId,
  ownerName,
}: {
  ownerId: string | null;
  ownerName: string | null;
}) => {
  const { t } = useTranslation('customers');
  const { userId, userName } = useCustomerPermissions();
  if (ownerId === null) return <>{t('owner.none')}</>;
  if (ownerId === userId) return <>{t('owner.you', { name: userName })}</>;
  return <>{ownerName ?? t('owner.other')}</>;
};
