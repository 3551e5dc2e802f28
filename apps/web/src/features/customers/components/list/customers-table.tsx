import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import type { CustomerSummaryDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerStatusBadge } from '../badges/customer-status-badge';
import { CustomerTypeBadge } from '../badges/customer-type-badge';
import { LicenseStatusBadge } from '../badges/license-status-badge';

const dash = '—';

export const CustomersTable = ({ customers }: { customers: readonly CustomerSummaryDto[] }) => {
  const { t } = useTranslation('customers');
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 300px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.specialty')}</Table.Th>
            <Table.Th>{t('columns.location')}</Table.Th>
            <Table.Th>{t('columns.phone')}</Table.Th>
            <Table.Th>{t('columns.license')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id}>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <CustomerTypeBadge type={customer.type} />
                  <Stack gap={0}>
                    {/* The name is the row's link: reachable with Tab, opened with Enter. */}
                    <Anchor component={Link} to={customer.id} fw={500} size="sm">
                      {customer.name}
                    </Anchor>
                    {customer.email && (
                      <Text size="xs" c="dimmed">
                        {customer.email}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>{customer.specialty ?? dash}</Table.Td>
              <Table.Td>
                {customer.address ? (
                  <Stack gap={0}>
                    <Text size="sm">{customer.address.city}</Text>
                    <Text size="xs" c="dimmed">
                      {customer.address.province}
                    </Text>
                  </Stack>
                ) : (
                  dash
                )}
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {customer.phone ?? dash}
              </Table.Td>
              <Table.Td>
                <LicenseStatusBadge status={customer.licenseStatus} />
              </Table.Td>
              <Table.Td>
                <CustomerStatusBadge status={customer.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
