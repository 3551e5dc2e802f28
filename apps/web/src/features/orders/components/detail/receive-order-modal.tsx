import type { OrderResponseDto, ReceivedLotDto } from '@bei-hub/api-client';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { todayInJakarta } from '@bei-hub/domain';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toNumberOrEmpty } from '../form/number-value';
import { OrderProblemAlert } from './order-problem-alert';
import {
  checkLotRows,
  initialLotRows,
  lotRowFor,
  type ReceiveLotRow,
  toReceivedLots,
} from './receive-lots-values';

type ReceiveOrderModalProps = {
  order: OrderResponseDto;
  pending: boolean;
  /** The last failed attempt, shown inside so the lots typed here are not lost. */
  error?: unknown;
  onConfirm: (lots: ReceivedLotDto[]) => void;
  onClose: () => void;
};

/** Goods in from a supplier: each lot with its number, expiry and quantity (CDAKB traceability). */
export const ReceiveOrderModal = ({
  order,
  pending,
  error = null,
  onConfirm,
  onClose,
}: ReceiveOrderModalProps) => {
  const { t } = useTranslation(['orders', 'common']);
  const [rows, setRows] = useState<ReceiveLotRow[]>(() => initialLotRows(order.lines));
  const [submitted, setSubmitted] = useState(false);
  const today = todayInJakarta();
  const products = useMemo(
    () => [...new Map(order.lines.map((line) => [line.productId, line])).values()],
    [order.lines],
  );
  const errors = checkLotRows(rows, order.lines, {
    lotRequired: t('orders:receive.lotRequired'),
    expiryRequired: t('orders:receive.expiryRequired'),
    expiryPast: t('orders:receive.expiryPast'),
    quantity: t('orders:receive.quantityInvalid'),
    sumMismatch: (ordered, received) => t('orders:receive.sumMismatch', { ordered, received }),
  });
  const shown = (message: string | undefined) => (submitted ? message : undefined);
  const blocked =
    Object.values(errors.byRow).some(Boolean) || Object.values(errors.byProduct).some(Boolean);

  const edit = (key: string, patch: Partial<ReceiveLotRow>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!blocked && !pending) onConfirm(toReceivedLots(rows));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('orders:receive.title', { number: order.number })}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('orders:receive.body')}</Text>
          {error !== null && <OrderProblemAlert error={error} />}
          {products.map((product) => (
            <Stack key={product.productId} gap={6}>
              <Title order={3} size="h6">
                {`${product.sku} · ${product.name}`}
              </Title>
              {rows
                .filter((row) => row.productId === product.productId)
                .map((row, index) => (
                  <Group key={row.key} gap="sm" align="flex-start" wrap="nowrap">
                    <TextInput
                      label={t('orders:receive.lotNumber')}
                      aria-label={t('orders:receive.lotOf', { sku: product.sku, row: index + 1 })}
                      value={row.lotNumber}
                      maxLength={64}
                      onChange={(e) => edit(row.key, { lotNumber: e.currentTarget.value })}
                      error={shown(errors.byRow[`${row.key}.lotNumber`])}
                      w={200}
                    />
                    <TextInput
                      label={t('orders:receive.expiryDate')}
                      type="date"
                      min={today}
                      value={row.expiryDate}
                      onChange={(e) => edit(row.key, { expiryDate: e.currentTarget.value })}
                      error={shown(errors.byRow[`${row.key}.expiryDate`])}
                      w={170}
                    />
                    <NumberInput
                      label={t('orders:receive.quantity')}
                      value={row.quantity}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      onChange={(value) => edit(row.key, { quantity: toNumberOrEmpty(value) })}
                      error={shown(errors.byRow[`${row.key}.quantity`])}
                      w={110}
                    />
                    {rows.filter((r) => r.productId === product.productId).length > 1 && (
                      <Button
                        variant="subtle"
                        color="red"
                        mt={25}
                        onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
                      >
                        {t('orders:receive.removeLot')}
                      </Button>
                    )}
                  </Group>
                ))}
              <Group justify="space-between">
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => setRows((prev) => [...prev, lotRowFor(product.productId, '')])}
                >
                  {t('orders:receive.addLot')}
                </Button>
                {shown(errors.byProduct[product.productId]) && (
                  <Text size="sm" c="red">
                    {errors.byProduct[product.productId]}
                  </Text>
                )}
              </Group>
            </Stack>
          ))}
          {submitted && blocked && (
            <Alert color="yellow" role="alert">
              {t('orders:form.fixErrors')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.back')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('orders:receive.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
