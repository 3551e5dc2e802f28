import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toProblem } from '../../../../lib/problem';
import { useErrorText } from '../../../../lib/use-error-text';
import { orderProblemKind } from '../../order-problem';

type OrderProblemAlertProps = { error: unknown; onClose?: () => void };

/**
 * A refused action in plain words: what rule stopped it and what to do next, plus the server's
 * own sentence and any field it named, so nothing it said is lost.
 */
export const OrderProblemAlert = ({ error, onClose }: OrderProblemAlertProps) => {
  const { t } = useTranslation(['orders', 'common']);
  const errorText = useErrorText();
  const problem = toProblem(error);
  const kind = orderProblemKind(problem);
  const conflict = kind === 'illegal-transition' || kind === 'precondition-failed';
  const fields = problem?.errors ?? [];

  return (
    <Alert
      color={conflict ? 'orange' : 'red'}
      role="alert"
      title={kind ? t(`orders:problems.${kind}.title`) : t('common:errors.title')}
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
      closeButtonLabel={t('orders:problems.dismiss')}
    >
      <Text size="sm">{kind ? t(`orders:problems.${kind}.body`) : errorText(error)}</Text>
      {kind && problem?.detail && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('orders:problems.serverSaid', { detail: problem.detail })}
        </Text>
      )}
      {fields.length > 0 && (
        <List size="xs" mt={4}>
          {fields.map(({ field, message }) => (
            <List.Item key={`${field}:${message}`}>{`${field}: ${message}`}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
};
