import { Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../../lib/idempotency-key';
import { notifySuccess } from '../../../../lib/notify';
import { usePathFormState } from '../../../../lib/use-path-form-state';
import { useCreateOrder } from '../../api/use-create-order';
import { type OrderFormValues, toCreateBody } from '../../order-form-values';
import { placeOrderErrors } from '../../place-order-errors';
import { useOrderRules } from '../../use-order-rules';
import type { PickedCustomer } from './customer-picker';
import { FormActions } from './form-actions';
import { FormBanner } from './form-banner';
import { OrderFields } from './order-fields';

type CreateOrderFormProps = { initial: OrderFormValues; onCancel: () => void };

export const CreateOrderForm = ({ initial, onCancel }: CreateOrderFormProps) => {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const form = usePathFormState(initial, useOrderRules());
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; allPlaced: boolean } | null>(null);
  const createOrder = useCreateOrder();
  // Resending the same body (e.g. after a timeout) reuses its key, so the order is created once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || createOrder.isPending) return;
    const body = toCreateBody(form.values);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    setFailure(null);
    createOrder.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: (order) => {
          notifySuccess(t('form.created', { number: order.number }));
          void navigate(`/orders/${order.id}`);
        },
        onError: (error) => {
          const placed = placeOrderErrors(error);
          form.setServerErrors(placed.byPath);
          setFailure({ error, allPlaced: placed.allPlaced });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormBanner
          error={failure?.error}
          allPlaced={failure?.allPlaced ?? false}
          blockingCount={form.blockingCount}
          onClose={() => setFailure(null)}
        />
        <OrderFields form={form} customer={customer} onCustomerChange={setCustomer} />
        <FormActions
          submitLabel={t('form.submitCreate')}
          pending={createOrder.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
};
