import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateProductForm } from './components/products/create-product-form';

export const CreateProductRoute = () => {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const close = () => navigate('/products');
  return (
    <Modal opened onClose={close} title={t('create.title')} size="lg">
      <CreateProductForm onDone={(id) => navigate(`/products/${id}`)} onCancel={close} />
    </Modal>
  );
};
