import './components/print/print.css';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useOrder } from './api/use-order';
import { PrintLines } from './components/print/print-lines';
import { PrintParty } from './components/print/print-party';
import { PrintTotals } from './components/print/print-totals';

/** The printable order or invoice, always in Indonesian: it is a document for the customer. */
export const OrderPrintRoute = () => {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('id', 'orders');
  const errorText = useErrorText();
  const { orderId = '' } = useParams();
  const query = useOrder(orderId);

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('print.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('detail.loadFailed')}>
        {errorText(query.error)}
      </Alert>
    );
  }
  const { order } = query.data;
  const invoiced = order.status === 'invoiced' || order.status === 'paid';
  const title = invoiced
    ? t('print.invoice')
    : order.kind === 'sale'
      ? t('print.saleOrder')
      : t('print.purchaseOrder');
  const stamp =
    order.status === 'paid'
      ? t('print.paidStamp')
      : order.status === 'draft'
        ? t('print.draftStamp')
        : order.status === 'cancelled'
          ? t('print.cancelledStamp')
          : null;

  return (
    <Stack gap="md" data-print-page lang="id">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/orders/${order.id}`} size="sm">
          {t('print.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('print.printButton')}</Button>
      </Group>
      <Paper withBorder p="xl" maw={860} w="100%" mx="auto" className="print-sheet">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start">
            <Stack gap={0}>
              <Title order={1} size="h3">
                {t('print.company')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('print.companyLine')}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Title order={2} size="h3" tt="uppercase">
                {title}
              </Title>
              <Text size="sm">
                {t('print.number')}: <b>{order.number}</b>
              </Text>
              <Text size="sm">
                {t('print.date')}: {formatDate(order.createdAt, 'id')}
              </Text>
              {stamp && (
                <Text fw={700} c={order.status === 'paid' ? 'green.8' : 'red.8'} tt="uppercase">
                  {stamp}
                </Text>
              )}
            </Stack>
          </Group>
          <Divider />
          <Group justify="space-between" align="flex-start">
            <PrintParty order={order} t={t} />
            {order.customerPoNumber && (
              <Text size="sm">
                {t('print.poNumber')}: <b>{order.customerPoNumber}</b>
              </Text>
            )}
          </Group>
          <PrintLines order={order} t={t} />
          <PrintTotals order={order} t={t} />
          {order.notes && (
            <Text size="sm">
              {t('print.notes')}: {order.notes}
            </Text>
          )}
          <Divider />
          <Text size="xs" c="dimmed">
            {t('print.footer', { printedAt: formatDateTime(new Date().toISOString(), 'id') })}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
};
