import { Group, Progress, Stack, Text } from '@mantine/core';
import type { GetCustomerImportResponse } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';

/** How far the import is; the bar fills as batches of rows commit on the server. */
type ImportProgressProps = {
  job: Pick<GetCustomerImportResponse, 'status' | 'processed' | 'total'>;
};

export const ImportProgress = ({ job }: ImportProgressProps) => {
  const { t } = useTranslation('customers');
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t(`import.statuses.${job.status}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('import.progress', { processed: job.processed, total: job.total })}
        </Text>
      </Group>
      <Progress
        value={job.status === 'completed' ? 100 : percent}
        size="lg"
        striped={running}
        animated={running}
        color={job.status === 'failed' ? 'red' : 'teal'}
        aria-label={t('import.progressLabel')}
      />
    </Stack>
  );
};
