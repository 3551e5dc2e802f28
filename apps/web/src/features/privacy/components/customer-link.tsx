import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCustomerName } from '../../customers/api/use-customer-name';

/** A customer known by id, by name when the reader may see it, else by a short id. */
export const CustomerLink = ({ customerId }: { customerId: string }) => {
  const name = useCustomerName(customerId);
  if (name.isError) {
    return (
      <Text size="sm" ff="monospace" c="dimmed">
        {customerId.slice(-8)}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/customers/${customerId}`} size="sm">
      {name.data ?? '…'}
    </Anchor>
  );
};
