import { Button, Group, Select } from '@mantine/core';
import {
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  LICENSE_STATUSES,
  PROVINCES,
  REGIONS,
} from '@bei-hub/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFilters } from '../../api/use-customers-list';
import { FILTER_NAMES, type FilterName } from '../../use-customer-list-params';

type CustomersFiltersProps = {
  /** The search box, first in the same row so everything wraps as one line of controls. */
  search: ReactNode;
  filters: CustomerFilters;
  filtered: boolean;
  onChange: (patch: Partial<Record<FilterName, string | null>>) => void;
};

export const CustomersFilters = ({
  search,
  filters,
  filtered,
  onChange,
}: CustomersFiltersProps) => {
  const { t } = useTranslation('customers');
  const cities = filters.province ? (REGIONS[filters.province] ?? []) : [];
  const common = { clearable: true, size: 'sm', placeholder: t('filters.any') } as const;

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('filters.label')}>
      {search}
      <Select
        {...common}
        label={t('filters.type')}
        w={120}
        data={CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        value={filters.type ?? null}
        onChange={(type) => onChange({ type })}
      />
      <Select
        {...common}
        label={t('filters.province')}
        w={180}
        searchable
        data={PROVINCES}
        value={filters.province ?? null}
        // A city belongs to one province, so changing the province clears it.
        onChange={(province) => onChange({ province, city: null })}
      />
      <Select
        {...common}
        label={t('filters.city')}
        w={210}
        searchable
        disabled={!filters.province}
        placeholder={filters.province ? t('filters.any') : t('filters.cityHint')}
        data={cities}
        value={filters.city ?? null}
        onChange={(city) => onChange({ city })}
      />
      <Select
        {...common}
        label={t('filters.status')}
        w={140}
        data={CUSTOMER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filters.status ?? null}
        onChange={(status) => onChange({ status })}
      />
      <Select
        {...common}
        label={t('filters.licenseStatus')}
        w={160}
        data={LICENSE_STATUSES.map((status) => ({
          value: status,
          label: t(`licenseStatus.${status}`),
        }))}
        value={filters.licenseStatus ?? null}
        onChange={(licenseStatus) => onChange({ licenseStatus })}
      />
      {filtered && (
        <Button
          variant="subtle"
          color="gray"
          onClick={() => onChange(Object.fromEntries(FILTER_NAMES.map((name) => [name, null])))}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
};
