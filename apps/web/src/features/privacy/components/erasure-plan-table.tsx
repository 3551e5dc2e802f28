import type { ErasurePlanDto } from '@bei-hub/api-client';
import { Alert, Badge, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ACTION_COLORS: Record<ErasurePlanDto['items'][number]['action'], string> = {
  delete: 'red',
  anonymize: 'orange',
  keep: 'gray',
};

/** What erasure would do, item by item, and the rule behind each: shown before anyone confirms. */
export const ErasurePlanTable = ({ plan }: { plan: ErasurePlanDto }) => {
  const { t } = useTranslation('privacy');
  return (
    <Stack gap="xs">
      <Alert color={plan.mode === 'blocked_by_legal_hold' ? 'red' : 'yellow'}>
        {t(`erasure.modes.${plan.mode}`)}
      </Alert>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={6} fz="sm" aria-label={t('erasure.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('erasure.target')}</Table.Th>
              <Table.Th>{t('erasure.action')}</Table.Th>
              <Table.Th>{t('erasure.rule')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.items.map((item) => (
              <Table.Tr key={`${item.target}:${item.action}`}>
                <Table.Td ff="monospace">{item.target}</Table.Td>
                <Table.Td>
                  <Badge color={ACTION_COLORS[item.action]} variant="light">
                    {t(`erasure.actions.${item.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{item.rule}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
};
