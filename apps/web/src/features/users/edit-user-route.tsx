import { Alert, Center, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../lib/use-error-text';
import { useUser } from './api/use-user';
import { EditUserForm } from './components/edit-user-form';

export const EditUserRoute = () => {
  const { t } = useTranslation(['users', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const close = () => navigate('/admin/users');

  const body = () => {
    if (user.isPending) {
      return (
        <Center py="lg">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (user.isError) {
      return (
        <Alert color="red" title={t('users:edit.loadFailed')}>
          {errorText(user.error)}
        </Alert>
      );
    }
    // Keyed by id so opening another user never shows the previous one's edits.
    return (
      <EditUserForm key={user.data.user.id} current={user.data} onDone={close} onCancel={close} />
    );
  };

  return (
    <Modal opened onClose={close} title={t('users:edit.title')} size="lg">
      {body()}
    </Modal>
  );
};
