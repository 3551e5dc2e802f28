import { Center, EmptyState, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../lib/use-error-text';
import { useCustomerDuplicates } from '../../api/use-customer-duplicates';
import { DuplicateCandidates } from '../duplicate-candidates';
import type { CustomerTabProps } from './customer-tab-props';

export const DuplicatesTab = ({ customer }: CustomerTabProps) => {
  const { t } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const duplicates = useCustomerDuplicates(customer.id);
  if (duplicates.isPending) {
    return (
      <Center py="lg">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (duplicates.isError) {
    return (
      <EmptyState
        title={t('customers:duplicates.loadFailed')}
        description={errorText(duplicates.error)}
      />
    );
  }
  if (duplicates.data.items.length === 0) {
    return <EmptyState title={t('customers:duplicates.none')} />;
  }
  return <DuplicateCandidates candidates={duplicates.data.items} />;
};
