import { Alert, Center, EmptyState, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useAudience } from '../api/consent-queries';
import { usePurposeOptions } from '../use-purpose-label';

/** Who a campaign for one purpose may reach now: consent granted, not suppressed, active. */
export const AudiencePanel = () => {
  const { t } = useTranslation(['consent', 'common']);
  const errorText = useErrorText();
  const options = usePurposeOptions({ contactableOnly: true });
  const [purpose, setPurpose] = useState<string | null>(null);
  const audience = useAudience(purpose);

  const body = () => {
    if (purpose === null) return <Text c="dimmed">{t('consent:audience.pick')}</Text>;
    if (audience.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (audience.isError) return <Alert color="red">{errorText(audience.error)}</Alert>;
    const { items, nextCursor } = audience.data;
    if (items.length === 0) return <EmptyState title={t('consent:audience.empty')} />;
    return (
      <>
        <Text fw={500}>
          {t('consent:audience.count', { count: items.length })}
          {nextCursor ? ` ${t('consent:audience.more')}` : ''}
        </Text>
        <Table striped stickyHeader verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent:audience.name')}</Table.Th>
              <Table.Th>{t('consent:audience.contact')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((member) => (
              <Table.Tr key={member.customerId}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td ff="monospace">{member.contact}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </>
    );
  };

  return (
    <Stack gap="md">
      <Select
        label={t('consent:audience.purpose')}
        data={options}
        value={purpose}
        onChange={setPurpose}
        maw={360}
      />
      {body()}
    </Stack>
  );
};
