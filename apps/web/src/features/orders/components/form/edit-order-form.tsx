import { Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../../../lib/notify';
import { usePathFormState } from '../../../../lib/use-path-form-state';
import type { OrderWithEtag } from '../../api/orders-cache';
import { useUpdateOrder } from '../../api/use-update-order';
import { fromOrder, toUpdateBody } from '../../order-form-values';
import { placeOrderErrors } from '../../place-order-errors';
import { useOrderRules } from '../../use-order-rules';
import { FormActions } from './form-actions';
import { FormBanner } from './form-banner';
import { OrderFields } from './order-fields';

type EditOrderFormProps = { current: OrderWithEtag; partyName: string; onCancel: () => void };

export const EditOrderForm = ({ current, partyName, onCancel }: EditOrderFormProps) => {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  // Kept as first loaded, to send only what changed.
  const [initial] = useState(() => fromOrder(current.order));
  const form = usePathFormState(initial, useOrderRules());
  const [failure, setFailure] = useState<{ error: unknown; allPlaced: boolean } | null>(null);
  const updateOrder = useUpdateOrder();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || updateOrder.isPending) return;
    const changes = toUpdateBody(initial, form.values);
    if (Object.keys(changes).length === 0) return onCancel();
    setFailure(null);
    updateOrder.mutate(
      { id: current.order.id, etag: current.etag ?? '', changes },
      {
        onSuccess: ({ order }) => {
          notifySuccess(t('form.saved', { number: order.number }));
          void navigate(`/orders/${order.id}`);
        },
        onError: (error) => {
          // A 412 keeps every typed value: the banner says to reload and apply them again.
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
        <OrderFields form={form} lockedParty={partyName} />
        <FormActions
          submitLabel={t('form.submitEdit')}
          pending={updateOrder.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
};
