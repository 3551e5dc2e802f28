import { Alert, Button, Center, EmptyState, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useDisclosures } from './api/privacy-queries';
import { DisclosuresTable } from './components/disclosures-table';
import { NewDisclosureDialog } from './components/new-disclosure-dialog';
import { usePrivacyPermissions } from './privacy-permissions';

export const DisclosuresRoute = () => {
  const { t } = useTranslation(['privacy', 'common']);
  const errorText = useErrorText();
  const { canKeepRegisters } = usePrivacyPermissions();
  const disclosures = useDisclosures();
  const [adding, setAdding] = useState(false);

  const body = () => {
    if (disclosures.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (disclosures.isError) {
      return (
        <Alert color="red" title={t('privacy:loadFailed')}>
          {errorText(disclosures.error)}
        </Alert>
      );
    }
    if (disclosures.data.items.length === 0) {
      return <EmptyState title={t('privacy:disclosures.empty')} />;
    }
    return <DisclosuresTable disclosures={disclosures.data.items} />;
  };

  return (
    <>
      <PageHeader
        title={t('privacy:disclosures.title')}
        description={t('privacy:disclosures.subtitle')}
        actions={
          canKeepRegisters && (
            <Button onClick={() => setAdding(true)}>{t('privacy:disclosures.add')}</Button>
          )
        }
      />
      {body()}
      {adding && <NewDisclosureDialog opened={adding} onClose={() => setAdding(false)} />}
    </>
  );
};
