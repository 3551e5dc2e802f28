import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { GetCustomerImportResponse } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportErrorsTable } from './import-errors-table';

const Stat = ({ label, value, color }: { label: string; value: number; color?: string }) => (
  <Paper withBorder p="sm">
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="xl" fw={700} c={color}>
      {value}
    </Text>
  </Paper>
);

type ImportResultProps = { job: GetCustomerImportResponse; onAnother: () => void };

export const ImportResult = ({ job, onAnother }: ImportResultProps) => {
  const { t } = useTranslation('customers');
  return (
    <Stack gap="md">
      {job.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('import.jobFailed')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} maw={520}>
        <Stat label={t('import.total')} value={job.total} />
        <Stat label={t('import.created')} value={job.created} color="teal" />
        <Stat
          label={t('import.failed')}
          value={job.failed}
          color={job.failed ? 'red' : undefined}
        />
      </SimpleGrid>
      {job.errors.length > 0 ? (
        <div>
          <Title order={2} size="h5" mb="xs">
            {t('import.errorsTitle')}
          </Title>
          <ImportErrorsTable errors={job.errors} />
        </div>
      ) : (
        job.status === 'completed' && <Text size="sm">{t('import.noErrors')}</Text>
      )}
      <Group>
        <Button component={Link} to="/customers">
          {t('import.toList')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
};
