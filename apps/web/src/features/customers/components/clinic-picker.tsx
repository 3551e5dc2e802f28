import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinicSearch } from '../api/use-clinic-search';
import { useCustomerName } from '../api/use-customer-name';

type ClinicPickerProps = {
  label: string;
  value: string | null;
  onChange: (clinicId: string | null) => void;
  onBlur?: () => void;
  error?: string;
  /** Never offered: a doctor cannot practise at themselves. */
  excludeId?: string;
  withAsterisk?: boolean;
};

/** Chooses a clinic by searching customers of type clinic on the server as the user types. */
export const ClinicPicker = ({
  label,
  value,
  onChange,
  onBlur,
  error,
  excludeId,
  withAsterisk,
}: ClinicPickerProps) => {
  const { t } = useTranslation(['customers', 'common']);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const clinics = useClinicSearch(debouncedSearch);
  const found = (clinics.data?.items ?? []).filter((clinic) => clinic.id !== excludeId);
  const chosenIsListed = value === null || found.some((clinic) => clinic.id === value);
  // A clinic chosen earlier (e.g. a saved SIP) may not be in the current results; name it anyway.
  const chosenName = useCustomerName(chosenIsListed ? null : value);
  const data = [
    ...found.map((clinic) => ({
      value: clinic.id,
      label: clinic.address ? `${clinic.name} · ${clinic.address.city}` : clinic.name,
    })),
    ...(chosenIsListed || value === null
      ? []
      : [{ value, label: chosenName.data ?? t('customers:licenses.clinicHidden') }]),
  ];

  return (
    <Select
      label={label}
      placeholder={t('customers:clinicPicker.placeholder')}
      searchable
      clearable
      withAsterisk={withAsterisk}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered (typo-tolerant); filtering again here would hide its matches.
      filter={({ options }) => options}
      nothingFoundMessage={
        clinics.isFetching ? t('common:loading') : t('customers:clinicPicker.nothingFound')
      }
      error={error}
    />
  );
};
