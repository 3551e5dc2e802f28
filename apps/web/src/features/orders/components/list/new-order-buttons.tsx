import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrderPermissions } from '../../order-permissions';

/** Only the orders the user's roles may create: sales reps sell, managers also buy. */
export const NewOrderButtons = () => {
  const { t } = useTranslation('orders');
  const { canCreateSale, canCreatePurchase } = useOrderPermissions();
  return (
    <Group gap="xs" wrap="nowrap">
      {canCreatePurchase && (
        <Button variant="default" component={Link} to="/orders/new?kind=purchase">
          {t('list.newPurchase')}
        </Button>
      )}
      {canCreateSale && (
        <Button component={Link} to="/orders/new?kind=sale">
          {t('list.newSale')}
        </Button>
      )}
    </Group>
  );
};
