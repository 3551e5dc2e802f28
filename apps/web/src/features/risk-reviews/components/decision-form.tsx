import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderProblemAlert } from '../../orders/components/detail/order-problem-alert';
import { useDecideRiskReview } from '../api/use-decide-risk-review';

type DecisionFormProps = {
  orderId: string;
  orderNumber: string;
  onDecided: (message: string) => void;
};

/**
 * Approve or reject with a reason. The note is required (it is the record of why a person
 * overrode or upheld the score); rejecting cancels the order, so it asks once more.
 */
export const DecisionForm = ({ orderId, orderNumber, onDecided }: DecisionFormProps) => {
  const { t } = useTranslation(['riskReviews', 'common']);
  const decide = useDecideRiskReview();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [confirmingReject, setConfirmingReject] = useState(false);
  const missing = !note.trim();

  const send = (decision: 'approve' | 'reject') => {
    setTried(true);
    if (missing || decide.isPending) return;
    if (decision === 'reject' && !confirmingReject) {
      setConfirmingReject(true);
      return;
    }
    decide.mutate(
      { orderId, decision, note },
      {
        onSuccess: () =>
          onDecided(
            t(
              decision === 'approve'
                ? 'riskReviews:decision.approved'
                : 'riskReviews:decision.rejected',
              {
                number: orderNumber,
              },
            ),
          ),
        onSettled: () => setConfirmingReject(false),
      },
    );
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('riskReviews:decision.note')}
        description={t('riskReviews:decision.noteHint')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={tried && missing ? t('riskReviews:decision.noteRequired') : undefined}
      />
      {decide.isError && <OrderProblemAlert error={decide.error} onClose={() => decide.reset()} />}
      {confirmingReject ? (
        <Group
          justify="space-between"
          role="alertdialog"
          aria-label={t('riskReviews:decision.rejectConfirmTitle', { number: orderNumber })}
        >
          <Text size="sm" c="red.8">
            {t('riskReviews:decision.rejectConfirm', { number: orderNumber })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => setConfirmingReject(false)}>
              {t('common:actions.back')}
            </Button>
            <Button color="red" loading={decide.isPending} onClick={() => send('reject')}>
              {t('riskReviews:decision.rejectYes')}
            </Button>
          </Group>
        </Group>
      ) : (
        <Group justify="flex-end" gap="xs">
          <Button
            variant="outline"
            color="red"
            onClick={() => send('reject')}
            disabled={decide.isPending}
          >
            {t('riskReviews:decision.reject')}
          </Button>
          <Button onClick={() => send('approve')} loading={decide.isPending}>
            {t('riskReviews:decision.approve')}
          </Button>
        </Group>
      )}
    </Stack>
  );
};
