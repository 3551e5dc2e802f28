import { Button, Group, Select, TextInput } from '@mantine/core';
import { ORDER_KINDS, ORDER_STATUSES } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import type { OrderFilters } from '../../api/use-orders-list';
import { ORDER_FILTER_NAMES, type OrderFilterName } from '../../use-order-list-params';

type OrdersFiltersProps = {
  filters: OrderFilters;
  filtered: boolean;
  onChange: (patch: Partial<Record<OrderFilterName, string | null>>) => void;
};

export const OrdersFilters = ({ filters, filtered, onChange }: OrdersFiltersProps) => {
  const { t } = useTranslation('orders');
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.all')}
        clearable
        w={160}
        data={ORDER_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        value={filters.kind ?? null}
        onChange={(kind) => onChange({ kind })}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        clearable
        w={180}
        data={ORDER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filters.status ?? null}
        onChange={(status) => onChange({ status })}
      />
      <TextInput
        label={t('filters.from')}
        type="date"
        w={160}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || null })}
      />
      <TextInput
        label={t('filters.to')}
        type="date"
        w={160}
        value={filters.to ?? ''}
        min={filters.from}
        onChange={(event) => onChange({ to: event.currentTarget.value || null })}
      />
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => onChange(Object.fromEntries(ORDER_FILTER_NAMES.map((n) => [n, null])))}
        >
          {t('list.clearFilters')}
        </Button>
      )}
    </Group>
  );
};
