import type { CreateProductDto, ProductResponseDto, UpdateProductDto } from '@bei-hub/api-client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/use-form-state';

export type ProductValues = {
  sku: string;
  name: string;
  brand: string;
  category: string;
  unit: string;
  price: number | '';
  prescriptionOnly: boolean;
  active: boolean;
};

export const PRODUCT_FIELDS = [
  'sku',
  'name',
  'brand',
  'category',
  'unit',
  'price',
  'prescriptionOnly',
  'active',
] as const;

export const EMPTY_PRODUCT: ProductValues = {
  sku: '',
  name: '',
  brand: '',
  category: '',
  unit: '',
  price: '',
  prescriptionOnly: false,
  active: true,
};

export const productValuesOf = (product: ProductResponseDto): ProductValues => ({
  sku: product.sku,
  name: product.name,
  brand: product.brand,
  category: product.category,
  unit: product.unit,
  price: product.price,
  prescriptionOnly: product.prescriptionOnly,
  active: product.active,
});

// The API's own pattern (CreateProductDto): 2–40 letters, digits, dot, dash or underscore.
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;
const MAX_PRICE = 1_000_000_000_000;

export const toCreateProduct = (values: ProductValues): CreateProductDto => ({
  sku: values.sku.trim(),
  name: values.name.trim(),
  brand: values.brand.trim(),
  category: values.category.trim(),
  unit: values.unit.trim(),
  price: values.price === '' ? 0 : values.price,
  prescriptionOnly: values.prescriptionOnly,
  active: values.active,
});

/** Only what changed goes in the PATCH, so an untouched field never overwrites another edit. */
export const productChanges = (before: ProductValues, after: ProductValues): UpdateProductDto => {
  const was = toCreateProduct(before);
  const now = toCreateProduct(after);
  return {
    ...(now.sku !== was.sku ? { sku: now.sku } : {}),
    ...(now.name !== was.name ? { name: now.name } : {}),
    ...(now.brand !== was.brand ? { brand: now.brand } : {}),
    ...(now.category !== was.category ? { category: now.category } : {}),
    ...(now.unit !== was.unit ? { unit: now.unit } : {}),
    ...(now.price !== was.price ? { price: now.price } : {}),
    ...(now.prescriptionOnly !== was.prescriptionOnly
      ? { prescriptionOnly: now.prescriptionOnly }
      : {}),
    ...(now.active !== was.active ? { active: now.active } : {}),
  };
};

export const useProductRules = () => {
  const { t } = useTranslation('catalog');
  return useCallback(
    (values: ProductValues): FieldErrors<ProductValues> => {
      const required = (value: string, max: number) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > max
            ? t('validation.tooLong', { max })
            : undefined;
      return {
        sku: SKU.test(values.sku.trim()) ? undefined : t('validation.sku'),
        name: required(values.name, 200),
        brand: required(values.brand, 100),
        category: required(values.category, 100),
        unit: required(values.unit, 30),
        price:
          values.price !== '' &&
          Number.isSafeInteger(values.price) &&
          values.price >= 0 &&
          values.price <= MAX_PRICE
            ? undefined
            : t('validation.price'),
      };
    },
    [t],
  );
};
