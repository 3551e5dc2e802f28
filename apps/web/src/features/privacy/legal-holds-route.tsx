import { Alert, Button, Center, EmptyState, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useErrorText } from '../../lib/use-error-text';
import { useLegalHolds } from './api/privacy-queries';
import { LegalHoldsTable } from './components/legal-holds-table';
import { NewLegalHoldDialog } from './components/new-legal-hold-dialog';
import { usePrivacyPermissions } from './privacy-permissions';

export const LegalHoldsRoute = () => {
  const { t } = useTranslation(['privacy', 'common']);
  const errorText = useErrorText();
  const { canKeepRegisters } = usePrivacyPermissions();
  const holds = useLegalHolds();
  const [adding, setAdding] = useState(false);

  const body = () => {
    if (holds.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (holds.isError) {
      return (
        <Alert color="red" title={t('privacy:loadFailed')}>
          {errorText(holds.error)}
        </Alert>
      );
    }
    if (holds.data.items.length === 0) return <EmptyState title={t('privacy:holds.empty')} />;
    return <LegalHoldsTable holds={holds.data.items} canRelease={canKeepRegisters} />;
  };

  return (
    <>
      <PageHeader
        title={t('privacy:holds.title')}
        description={t('privacy:holds.subtitle')}
        actions={
          canKeepRegisters && (
            <Button onClick={() => setAdding(true)}>{t('privacy:holds.add')}</Button>
          )
        }
      />
      {body()}
      {adding && <NewLegalHoldDialog opened={adding} onClose={() => setAdding(false)} />}
    </>
  );
};
