import type { DisclosureDto } from '@bei-hub/api-client';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

export const DisclosuresTable = ({ disclosures }: { disclosures: readonly DisclosureDto[] }) => {
  const { t, i18n } = useTranslation('privacy');
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped stickyHeader verticalSpacing={6} fz="sm" aria-label={t('disclosures.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('disclosures.disclosedAt')}</Table.Th>
            <Table.Th>{t('disclosures.recipient')}</Table.Th>
            <Table.Th>{t('disclosures.category')}</Table.Th>
            <Table.Th>{t('disclosures.purpose')}</Table.Th>
            <Table.Th>{t('disclosures.legalBasis')}</Table.Th>
            <Table.Th>{t('disclosures.dataCategories')}</Table.Th>
            <Table.Th>{t('disclosures.customers')}</Table.Th>
            <Table.Th>{t('disclosures.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {disclosures.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{formatDateTime(item.disclosedAt, language)}</Table.Td>
              <Table.Td>{item.recipientName}</Table.Td>
              <Table.Td>{t(`disclosures.categories.${item.recipientCategory}`)}</Table.Td>
              <Table.Td>{item.purpose}</Table.Td>
              <Table.Td>{t(`disclosures.bases.${item.legalBasis}`)}</Table.Td>
              <Table.Td>{item.dataCategories.join(', ')}</Table.Td>
              <Table.Td>{item.customerCount}</Table.Td>
              <Table.Td>{item.reference ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
