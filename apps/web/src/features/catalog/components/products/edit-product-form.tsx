import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { toProblem } from '../../../../lib/problem';
import { useFormState } from '../../../../lib/use-form-state';
import { useServerProblem } from '../../../users/use-server-problem';
import type { ProductWithEtag } from '../../api/use-product';
import { useUpdateProduct } from '../../api/use-update-product';
import {
  PRODUCT_FIELDS,
  productChanges,
  productValuesOf,
  useProductRules,
} from '../../product-form-values';
import { ProductFields } from './product-fields';

type EditProductFormProps = { current: ProductWithEtag; onDone: () => void; onCancel: () => void };

export const EditProductForm = ({ current, onDone, onCancel }: EditProductFormProps) => {
  const { t } = useTranslation(['catalog', 'common']);
  const initial = productValuesOf(current.product);
  const form = useFormState(initial, useProductRules());
  const [stale, setStale] = useState(false);
  const updateProduct = useUpdateProduct();
  const serverProblem = useServerProblem(PRODUCT_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || updateProduct.isPending) return;
    const changes = productChanges(initial, form.values);
    if (Object.keys(changes).length === 0) return onDone();
    updateProduct.mutate(
      { id: current.product.id, etag: current.etag ?? '', changes },
      {
        onSuccess: ({ product }) => {
          notifySuccess(t('catalog:edit.done', { name: product.name }));
          onDone();
        },
        onError: (error) => {
          if (toProblem(error)?.status === 412) setStale(true);
          else form.setServerErrors(serverProblem(error));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && (
          <Alert color="orange" role="alert">
            {t('catalog:edit.stale')}
          </Alert>
        )}
        <ProductFields form={form} editing />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={updateProduct.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
