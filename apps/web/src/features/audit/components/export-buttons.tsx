import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useExportAudit } from '../api/use-audit-downloads';
import type { AuditFilters } from '../audit-filters';

export const ExportButtons = ({ filters }: { filters: AuditFilters }) => {
  const { t } = useTranslation('audit');
  const errorText = useErrorText();
  const exportLog = useExportAudit();
  const pendingFormat = exportLog.isPending ? exportLog.variables.format : null;

  const run = (format: 'ndjson' | 'csv') =>
    exportLog.mutate(
      { format, filters },
      { onError: (error) => notifyError(t('export.failed'), errorText(error)) },
    );

  return (
    <Group gap="xs" title={t('export.hint')}>
      <Button variant="default" loading={pendingFormat === 'ndjson'} onClick={() => run('ndjson')}>
        {t('export.ndjson')}
      </Button>
      <Button variant="default" loading={pendingFormat === 'csv'} onClick={() => run('csv')}>
        {t('export.csv')}
      </Button>
    </Group>
  );
};
