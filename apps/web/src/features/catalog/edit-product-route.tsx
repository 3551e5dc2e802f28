import { Alert, Center, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../lib/use-error-text';
import { useProduct } from './api/use-product';
import { EditProductForm } from './components/products/edit-product-form';

export const EditProductRoute = () => {
  const { t } = useTranslation(['catalog', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { productId = '' } = useParams();
  // Always the latest version: a stale ETag only earns a 412.
  const product = useProduct(productId, { fresh: true });
  const close = () => navigate(`/products/${productId}`);

  const body = () => {
    if (product.isPending) {
      return (
        <Center py="lg">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (product.isError) {
      return (
        <Alert color="red" title={t('catalog:edit.loadFailed')}>
          {errorText(product.error)}
        </Alert>
      );
    }
    return (
      <EditProductForm
        key={product.data.product.id}
        current={product.data}
        onDone={close}
        onCancel={close}
      />
    );
  };

  return (
    <Modal opened onClose={close} title={t('catalog:edit.title')} size="lg">
      {body()}
    </Modal>
  );
};
