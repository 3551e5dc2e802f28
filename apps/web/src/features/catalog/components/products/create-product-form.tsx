import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../../lib/idempotency-key';
import { notifySuccess } from '../../../../lib/notify';
import { useFormState } from '../../../../lib/use-form-state';
import { useServerProblem } from '../../../users/use-server-problem';
import { useCreateProduct } from '../../api/use-create-product';
import {
  EMPTY_PRODUCT,
  PRODUCT_FIELDS,
  toCreateProduct,
  useProductRules,
} from '../../product-form-values';
import { ProductFields } from './product-fields';

type CreateProductFormProps = { onDone: (productId: string) => void; onCancel: () => void };

export const CreateProductForm = ({ onDone, onCancel }: CreateProductFormProps) => {
  const { t } = useTranslation(['catalog', 'common']);
  const form = useFormState(EMPTY_PRODUCT, useProductRules());
  const createProduct = useCreateProduct();
  const serverProblem = useServerProblem(PRODUCT_FIELDS);
  // Resending the same body (e.g. after a timeout) reuses its key, so the product is created once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || createProduct.isPending) return;
    const body = toCreateProduct(form.values);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    createProduct.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: (product) => {
          notifySuccess(t('catalog:create.done', { name: product.name }));
          onDone(product.id);
        },
        onError: (error) => form.setServerErrors(serverProblem(error)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProductFields form={form} editing={false} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createProduct.isPending}>
            {t('catalog:create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
