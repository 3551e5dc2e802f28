import type { OrderResponseDto } from '@bei-hub/api-client';
import { Button, Group } from '@mantine/core';
import type { OrderAction } from '@bei-hub/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { toProblem } from '../../../../lib/problem';
import { type OrderActionInput, useOrderAction } from '../../api/use-order-action';
import { orderProblemKind } from '../../order-problem';
import { ConfirmActionModal } from './confirm-action-modal';
import { ReceiveOrderModal } from './receive-order-modal';

type OrderActionsProps = {
  order: OrderResponseDto;
  /** Already narrowed to what the status allows and the user's roles may do. */
  actions: readonly OrderAction[];
  onFailed: (error: unknown) => void;
  onStarted: () => void;
};

// The main way forward is the filled button; cancel is always last and red.
const ORDER: readonly OrderAction[] = [
  'submit',
  'approve',
  'fulfil',
  'invoice',
  'pay',
  'receive',
  'cancel',
];

type OneClick = 'submit' | 'invoice' | 'pay';

// Steps that cannot be taken back say what happens first, in a dialog; these go at one click.
const isOneClick = (action: OrderAction): action is OneClick =>
  action === 'submit' || action === 'invoice' || action === 'pay';

export const OrderActions = ({ order, actions, onFailed, onStarted }: OrderActionsProps) => {
  const { t } = useTranslation('orders');
  const mutation = useOrderAction(order.id);
  const [asking, setAsking] = useState<OrderAction | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const sorted = ORDER.filter((action) => actions.includes(action));
  const primary = sorted.find((action) => action !== 'cancel');

  const run = (input: OrderActionInput) => {
    onStarted();
    setDialogError(null);
    mutation.mutate(input, {
      onSuccess: (updated) => {
        setAsking(null);
        notifySuccess(
          t('actions.done', { number: updated.number, status: t(`status.${updated.status}`) }),
        );
      },
      onError: (error) => {
        // A dialog stays open with what was typed (lots, a note) unless the step no longer applies.
        const moot = orderProblemKind(toProblem(error)) === 'illegal-transition';
        if (!isOneClick(input.action) && !moot) {
          setDialogError(error);
          return;
        }
        setAsking(null);
        onFailed(error);
      },
    });
  };

  const start = (action: OrderAction) => {
    if (isOneClick(action)) run({ action });
    else {
      setDialogError(null);
      setAsking(action);
    }
  };
  const close = () => {
    setDialogError(null);
    setAsking(null);
  };

  if (sorted.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('actions.label')}>
        {sorted.map((action) => (
          <Button
            key={action}
            variant={action === primary ? 'filled' : action === 'cancel' ? 'outline' : 'light'}
            color={action === 'cancel' ? 'red' : undefined}
            loading={mutation.isPending && mutation.variables?.action === action}
            disabled={mutation.isPending && mutation.variables?.action !== action}
            onClick={() => start(action)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </Group>
      {asking === 'receive' && (
        <ReceiveOrderModal
          order={order}
          pending={mutation.isPending}
          onConfirm={(lots) => run({ action: 'receive', lots })}
          error={dialogError}
          onClose={close}
        />
      )}
      {asking === 'fulfil' && (
        <ConfirmActionModal
          title={t('confirm.fulfil.title', { number: order.number })}
          body={t('confirm.fulfil.body')}
          confirmLabel={t('confirm.fulfil.confirm')}
          pending={mutation.isPending}
          onConfirm={() => run({ action: 'fulfil' })}
          error={dialogError}
          onClose={close}
        />
      )}
      {asking === 'approve' && (
        <ConfirmActionModal
          title={t('confirm.approve.title', { number: order.number })}
          body={t(
            order.kind === 'sale' ? 'confirm.approve.bodySale' : 'confirm.approve.bodyPurchase',
          )}
          confirmLabel={t('confirm.approve.confirm')}
          noteLabel={t('confirm.noteOptional')}
          pending={mutation.isPending}
          onConfirm={(note) => run({ action: 'approve', note })}
          error={dialogError}
          onClose={close}
        />
      )}
      {asking === 'cancel' && (
        <ConfirmActionModal
          title={t('confirm.cancel.title', { number: order.number })}
          body={t('confirm.cancel.body')}
          confirmLabel={t('confirm.cancel.confirm')}
          color="red"
          noteLabel={t('confirm.cancel.note')}
          pending={mutation.isPending}
          onConfirm={(note) => run({ action: 'cancel', note })}
          error={dialogError}
          onClose={close}
        />
      )}
    </>
  );
};
