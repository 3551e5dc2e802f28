import type { CustomerSummaryDto } from '@bei-hub/api-client';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSearch } from '../../api/use-customer-search';
import { useOrderCustomer } from '../../api/use-order-customer';

export type PickedCustomer = Pick<
  CustomerSummaryDto,
  'id' | 'name' | 'type' | 'status' | 'licenseStatus' | 'address'
>;

type CustomerPickerProps = {
  value: string | null;
  onChange: (customer: PickedCustomer | null) => void;
  onBlur?: () => void;
  error?: string;
};

const labelOf = (customer: PickedCustomer): string =>
  customer.address ? `${customer.name} · ${customer.address.city}` : customer.name;

/** Finds the customer on the server as the user types; a sales rep only ever sees their own. */
export const CustomerPicker = ({ value, onChange, onBlur, error }: CustomerPickerProps) => {
  const { t } = useTranslation(['orders', 'common']);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PickedCustomer | null>(null);
  // After a pick the box shows the label; that text is not a new search.
  const query = picked && search === labelOf(picked) ? '' : search;
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const found = useCustomerSearch(debouncedQuery);
  const items: PickedCustomer[] = found.data?.items ?? [];
  const known = [...items, ...(picked && !items.some((c) => c.id === picked.id) ? [picked] : [])];
  // Opened with ?customerId= (from a customer's page): name that customer even if not listed.
  const preset = useOrderCustomer(value && !known.some((c) => c.id === value) ? value : null);
  const all = preset.data ? [...known, preset.data] : known;

  return (
    <Select
      label={t('orders:form.customer')}
      placeholder={t('orders:form.customerPlaceholder')}
      withAsterisk
      searchable
      clearable
      data={all.map((customer) => ({ value: customer.id, label: labelOf(customer) }))}
      value={value}
      onChange={(id) => {
        const customer = all.find((candidate) => candidate.id === id) ?? null;
        setPicked(customer);
        onChange(customer);
      }}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered (typo-tolerant); filtering again here would hide its matches.
      filter={({ options }) => options}
      nothingFoundMessage={
        found.isFetching ? t('common:loading') : t('orders:form.customerNothingFound')
      }
      error={error}
    />
  );
};
