import type { OrderResponseDto } from '@bei-hub/api-client';
import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useSuppliers } from '../../../catalog/api/use-suppliers';
import { useSession } from '../../../auth/api/use-session';
import { useOrderCustomer } from '../../api/use-order-customer';

type PrintPartyProps = { order: OrderResponseDto; t: TFunction<'orders'> };

/** "Kepada": the buyer (sale) or the supplier (purchase), with the address on file. */
export const PrintParty = ({ order, t }: PrintPartyProps) => {
  const roles = useSession()?.user.roles ?? [];
  const customer = useOrderCustomer(order.kind === 'sale' ? order.customerId : null);
  const suppliers = useSuppliers({
    enabled: order.kind === 'purchase' && (roles.includes('admin') || roles.includes('manager')),
  });
  const supplier = suppliers.data?.items.find((candidate) => candidate.id === order.supplierId);

  const name = order.kind === 'sale' ? customer.data?.name : supplier?.name;
  const address =
    order.kind === 'sale'
      ? [
          customer.data?.address?.line1,
          customer.data?.address?.district,
          customer.data?.address?.city,
          [customer.data?.address?.province, customer.data?.address?.postalCode]
            .filter(Boolean)
            .join(' '),
        ]
      : [supplier?.address];

  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {order.kind === 'sale' ? t('print.billTo') : t('print.supplier')}
      </Text>
      <Text fw={600}>{name ?? '—'}</Text>
      {address.filter(Boolean).map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {order.kind === 'sale' && customer.data?.npwp && (
        <Text size="sm">{t('print.npwp', { npwp: customer.data.npwp })}</Text>
      )}
    </Stack>
  );
};
