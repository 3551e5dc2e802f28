import { Modal } from '@mantine/core';
import type { CreatedApiClientDto } from '@bei-hub/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateApiClientForm } from './create-api-client-form';
import { SecretOnce } from './secret-once';

type CreateApiClientDialogProps = { opened: boolean; onClose: () => void };

/** The form, then the new client's secret, once; closing forgets the secret. */
export const CreateApiClientDialog = ({ opened, onClose }: CreateApiClientDialogProps) => {
  const { t } = useTranslation('integrations');
  const [created, setCreated] = useState<CreatedApiClientDto | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('secret.title') : t('clients.create.title')}
      size="lg"
      // Clicking beside the dialog must not throw away a secret that was never copied.
      closeOnClickOutside={!created}
    >
      {created ? (
        <SecretOnce
          facts={[
            { label: t('clients.columns.name'), value: created.name },
            { label: t('clients.create.clientId'), value: created.clientId },
          ]}
          secretLabel={t('clients.create.clientSecret')}
          secret={created.clientSecret}
          onDone={close}
        />
      ) : (
        <CreateApiClientForm onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
};
