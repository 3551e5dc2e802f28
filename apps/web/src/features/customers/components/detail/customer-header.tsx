import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CustomerResponseDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { CustomerStatusBadge } from '../badges/customer-status-badge';
import { CustomerTypeBadge } from '../badges/customer-type-badge';
import { LicenseStatusBadge } from '../badges/license-status-badge';
import { OwnerName } from './owner-name';

type CustomerHeaderProps = { customer: CustomerResponseDto; canEdit: boolean };

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Text size="sm" c="dimmed">
    {label}:{' '}
    <Text span c="var(--mantine-color-text)" fw={500}>
      {children}
    </Text>
  </Text>
);

/** Who this is at a glance, and what may be done with the record now. */
export const CustomerHeader = ({ customer, canEdit }: CustomerHeaderProps) => {
  const { t, i18n } = useTranslation('customers');
  const place = customer.address ? `${customer.address.city}, ${customer.address.province}` : null;
  return (
    <Stack gap={6} mb="md">
      <Anchor component={Link} to="/customers" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {customer.name}
            </Title>
            <CustomerTypeBadge type={customer.type} size="sm" />
          </Group>
          <Group gap="xs">
            <LicenseStatusBadge status={customer.licenseStatus} />
            <CustomerStatusBadge status={customer.status} />
            {customer.specialty && <Text size="sm">{customer.specialty}</Text>}
            {place && (
              <Text size="sm" c="dimmed">
                · {place}
              </Text>
            )}
          </Group>
          <Group gap="lg">
            <Fact label={t('detail.owner')}>
              <OwnerName ownerId={customer.ownerId} ownerName={customer.ownerName} />
            </Fact>
            <Fact label={t('detail.updatedAt')}>
              {formatDateTime(customer.updatedAt, currentLanguage(i18n))}
            </Fact>
          </Group>
        </Stack>
        {canEdit && (
          <Button component={Link} to="edit">
            {t('detail.edit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
};
