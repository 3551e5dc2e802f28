import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from './export-button';

/** Export for everyone who reads customers; creating and importing for those who write. */
export const CustomerListActions = ({ canWrite }: { canWrite: boolean }) => {
  const { t } = useTranslation('customers');
  return (
    <Group gap="xs" wrap="nowrap">
      <ExportButton />
      {canWrite && (
        <>
          <Button component={Link} to="import" variant="default">
            {t('list.import')}
          </Button>
          <Button component={Link} to="new">
            {t('list.new')}
          </Button>
        </>
      )}
    </Group>
  );
};
