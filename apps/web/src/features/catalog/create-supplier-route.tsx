import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateSupplierForm } from './components/suppliers/create-supplier-form';

export const CreateSupplierRoute = () => {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const close = () => navigate('/admin/suppliers');
  return (
    <Modal opened onClose={close} title={t('suppliers.create.title')} size="lg">
      <CreateSupplierForm onDone={close} onCancel={close} />
    </Modal>
  );
};
