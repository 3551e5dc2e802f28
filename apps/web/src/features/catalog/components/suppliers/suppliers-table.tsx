import type { SupplierResponseDto } from '@bei-hub/api-client';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';

export const SuppliersTable = ({ suppliers }: { suppliers: readonly SupplierResponseDto[] }) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={860} maxHeight="calc(100vh - 240px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('suppliers.columns.name')}</Table.Th>
            <Table.Th>{t('suppliers.columns.npwp')}</Table.Th>
            <Table.Th>{t('suppliers.columns.email')}</Table.Th>
            <Table.Th>{t('suppliers.columns.phone')}</Table.Th>
            <Table.Th>{t('suppliers.columns.address')}</Table.Th>
            <Table.Th>{t('suppliers.columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.map((supplier) => (
            <Table.Tr key={supplier.id}>
              <Table.Td fw={500}>{supplier.name}</Table.Td>
              <Table.Td>{supplier.npwp ?? '—'}</Table.Td>
              <Table.Td>{supplier.email ?? '—'}</Table.Td>
              <Table.Td>{supplier.phone ?? '—'}</Table.Td>
              <Table.Td>{supplier.address ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(supplier.createdAt, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
