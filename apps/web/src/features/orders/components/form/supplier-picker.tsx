import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSuppliers } from '../../../catalog/api/use-suppliers';

type SupplierPickerProps = {
  value: string | null;
  onChange: (supplierId: string | null) => void;
  onBlur?: () => void;
  error?: string;
};

/** Suppliers are few, so the whole list is searched in the browser. */
export const SupplierPicker = ({ value, onChange, onBlur, error }: SupplierPickerProps) => {
  const { t } = useTranslation(['orders', 'common']);
  const suppliers = useSuppliers();
  return (
    <Select
      label={t('orders:form.supplier')}
      placeholder={t('orders:form.supplierPlaceholder')}
      withAsterisk
      searchable
      clearable
      data={(suppliers.data?.items ?? []).map((supplier) => ({
        value: supplier.id,
        label: supplier.name,
      }))}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      nothingFoundMessage={
        suppliers.isFetching ? t('common:loading') : t('orders:form.supplierNothingFound')
      }
      error={error}
    />
  );
};
