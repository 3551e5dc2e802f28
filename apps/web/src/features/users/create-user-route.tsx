import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateUserForm } from './components/create-user-form';

export const CreateUserRoute = () => {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  const close = () => navigate('/admin/users');
  return (
    <Modal opened onClose={close} title={t('create.title')} size="lg">
      <CreateUserForm onDone={close} onCancel={close} />
    </Modal>
  );
};
