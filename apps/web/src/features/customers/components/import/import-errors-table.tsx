import { Code, Table } from '@mantine/core';
import type { ImportRowErrorDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';

/** The rows that were not imported, each with the column and the reason, to fix and upload again. */
export const ImportErrorsTable = ({ errors }: { errors: readonly ImportRowErrorDto[] }) => {
  const { t } = useTranslation('customers');
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={420}>
      <Table stickyHeader striped verticalSpacing={4} fz="sm" aria-label={t('import.errorsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('import.row')}</Table.Th>
            <Table.Th w={200}>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.row}:${error.field}:${index}`}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>
                <Code>{error.field}</Code>
              </Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
