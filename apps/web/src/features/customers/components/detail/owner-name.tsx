import { useTranslation } from 'react-i18next';
import { useSalesReps } from '../../api/use-sales-reps';
import { useCustomerPermissions } from '../../customer-permissions';

/**
 * The owner by name where the caller can know it: themselves, or any sales rep for admins and
 * managers (who may list them). Others see that someone else owns the customer.
 */
export const OwnerName = ({ ownerId }: { ownerId: string | null }) => {
  const { t } = useTranslation('customers');
  const { userId, userName, canChooseOwner } = useCustomerPermissions();
  const reps = useSalesReps(canChooseOwner && ownerId !== null && ownerId !== userId);
  if (ownerId === null) return <>{t('owner.none')}</>;
  if (ownerId === userId) return <>{t('owner.you', { name: userName })}</>;
  const rep = reps.data?.items.find((candidate) => candidate.id === ownerId);
  return <>{rep?.name ?? t('owner.other')}</>;
};
