import type { ProductResponseDto } from '@bei-hub/api-client';
import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { useProductSearch } from '../../../catalog/api/use-product-search';
import type { LineProduct } from '../../order-form-values';

type ProductPickerProps = {
  label: string;
  value: LineProduct | null;
  onChange: (product: LineProduct | null) => void;
  onBlur?: () => void;
  error?: string;
};

const toLineProduct = (product: ProductResponseDto): LineProduct => ({
  id: product.id,
  sku: product.sku,
  name: product.name,
  unit: product.unit,
  price: product.price,
  prescriptionOnly: product.prescriptionOnly,
  quantityOnHand: product.quantityOnHand,
});

const labelOf = (product: LineProduct): string => `${product.sku} · ${product.name}`;

/** Searches active products by SKU or name; each option shows price, stock and the Rx flag. */
export const ProductPicker = ({ label, value, onChange, onBlur, error }: ProductPickerProps) => {
  const { t, i18n } = useTranslation(['orders', 'common']);
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const query = value && search === labelOf(value) ? '' : search;
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const found = useProductSearch(debouncedQuery);
  const products = (found.data?.items ?? []).map(toLineProduct);
  const all = value && !products.some((p) => p.id === value.id) ? [...products, value] : products;
  const byId = new Map(all.map((product) => [product.id, product]));

  return (
    <Select
      aria-label={label}
      placeholder={t('orders:form.productPlaceholder')}
      searchable
      data={all.map((product) => ({ value: product.id, label: labelOf(product) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange((id && byId.get(id)) || null)}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        found.isFetching ? t('common:loading') : t('orders:form.productNothingFound')
      }
      renderOption={({ option }) => {
        const product = byId.get(option.value);
        if (!product) return option.label;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <Stack gap={0}>
              <Text size="sm">{product.name}</Text>
              <Text size="xs" c="dimmed">
                {product.sku}
                {product.quantityOnHand !== null &&
                  ` · ${t('orders:form.onHand', { count: product.quantityOnHand })}`}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {product.prescriptionOnly && (
                <Badge color="grape" variant="light" size="xs" tt="none">
                  {t('orders:form.rx')}
                </Badge>
              )}
              <Text size="sm">{formatMoney(product.price, language)}</Text>
            </Group>
          </Group>
        );
      }}
      error={error}
      miw={260}
    />
  );
};
