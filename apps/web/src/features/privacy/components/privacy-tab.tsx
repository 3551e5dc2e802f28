import { Alert, Button, EmptyState, Group, Loader, Stack, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import type { CustomerTabProps } from '../../customers/components/detail/customer-tab-props';
import {
  useCustomerDisclosures,
  useCustomerPrivacyRequests,
  useLegalHolds,
} from '../api/privacy-queries';
import { usePrivacyPermissions } from '../privacy-permissions';
import { DisclosuresTable } from './disclosures-table';
import { LegalHoldsTable } from './legal-holds-table';
import { NewRequestDialog } from './new-request-dialog';
import { RequestsTable } from './requests-table';

/** The customer's privacy story: requests, legal holds and disclosures. */
export const PrivacyTab = ({ customer }: CustomerTabProps) => {
  const { t } = useTranslation(['privacy', 'common']);
  const errorText = useErrorText();
  const { canCreate, canKeepRegisters, canReadHolds } = usePrivacyPermissions();
  const requests = useCustomerPrivacyRequests(customer.id);
  const holds = useLegalHolds(customer.id, canReadHolds);
  const disclosures = useCustomerDisclosures(customer.id);
  const [creating, setCreating] = useState(false);

  const section = <T,>(
    query: { isPending: boolean; isError: boolean; error: unknown; data?: T },
    render: (data: T) => ReactNode,
  ) => {
    if (query.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
    if (query.isError) return <Alert color="red">{errorText(query.error)}</Alert>;
    return query.data === undefined ? null : render(query.data);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('privacy:tab.requests')}
        </Title>
        {canCreate && customer.status !== 'anonymized' && (
          <Button onClick={() => setCreating(true)}>{t('privacy:tab.newRequest')}</Button>
        )}
      </Group>
      {section(requests, (data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('privacy:tab.noRequests')} />
        ) : (
          <RequestsTable requests={data.items} showCustomer={false} />
        ),
      )}
      {canReadHolds && (
        <>
          <Title order={2} size="h4">
            {t('privacy:tab.holds')}
          </Title>
          {section(holds, (data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('privacy:tab.noHolds')} />
            ) : (
              <LegalHoldsTable
                holds={data.items}
                canRelease={canKeepRegisters}
                showCustomer={false}
              />
            ),
          )}
        </>
      )}
      <Title order={2} size="h4">
        {t('privacy:tab.disclosures')}
      </Title>
      {section(disclosures, (data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('privacy:tab.noDisclosures')} />
        ) : (
          <DisclosuresTable disclosures={data.items} />
        ),
      )}
      {creating && (
        <NewRequestDialog
          opened={creating}
          onClose={() => setCreating(false)}
          customerId={customer.id}
        />
      )}
    </Stack>
  );
};
