import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSearch } from '../api/privacy-queries';

type CustomerPickerProps = {
  label: string;
  value: string | null;
  onChange: (customerId: string | null) => void;
  onBlur?: () => void;
  error?: string;
};

/** Chooses any customer by searching on the server (GET /customers?q=) as the user types. */
export const CustomerPicker = ({ label, value, onChange, onBlur, error }: CustomerPickerProps) => {
  const { t } = useTranslation(['privacy', 'common']);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const customers = useCustomerSearch(debounced);
  const data = (customers.data?.items ?? []).map((customer) => ({
    value: customer.id,
    label: customer.address ? `${customer.name} · ${customer.address.city}` : customer.name,
  }));
  return (
    <Select
      label={label}
      placeholder={t('privacy:create.customerPlaceholder')}
      withAsterisk
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered (typo-tolerant); filtering again would hide its matches.
      filter={({ options }) => options}
      nothingFoundMessage={
        customers.isFetching ? t('common:loading') : t('privacy:create.nothingFound')
      }
      error={error}
    />
  );
};
