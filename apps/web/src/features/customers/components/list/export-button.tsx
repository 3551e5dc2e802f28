import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../../lib/notify';
import { useErrorText } from '../../../../lib/use-error-text';
import { useExportCustomers } from '../../api/use-export-customers';

/** Downloads customers.csv: every customer the caller may see, without NIK or NPWP. */
export const ExportButton = () => {
  const { t } = useTranslation('customers');
  const errorText = useErrorText();
  const exportCsv = useExportCustomers();
  return (
    <Button
      variant="default"
      loading={exportCsv.isPending}
      onClick={() =>
        exportCsv.mutate(undefined, {
          onError: (error) => notifyError(t('list.exportFailed'), errorText(error)),
        })
      }
    >
      {t('list.export')}
    </Button>
  );
};
