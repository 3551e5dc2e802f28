import { Badge, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMNS, IMPORT_EXAMPLES, REQUIRED_IMPORT_COLUMNS } from '../../import-template';

/** The columns a CSV may have, with an example of each, so a file can be prepared right first time. */
export const ImportColumns = () => {
  const { t } = useTranslation('customers');
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={480}>
      <Table stickyHeader verticalSpacing={4} fz="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.example')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IMPORT_COLUMNS.map((column) => (
            <Table.Tr key={column}>
              <Table.Td>
                <Code>{column}</Code>{' '}
                {REQUIRED_IMPORT_COLUMNS.includes(column) && (
                  <Badge size="xs" color="red" variant="light" tt="none">
                    {t('import.required')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {IMPORT_EXAMPLES[column] || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
