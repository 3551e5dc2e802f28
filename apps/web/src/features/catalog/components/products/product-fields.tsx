import {
  Autocomplete,
  Checkbox,
  Grid,
  NumberInput,
  Select,
  Switch,
  TextInput,
} from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../lib/i18n';
import type { useFormState } from '../../../../lib/use-form-state';
import { PRODUCT_CATEGORIES, PRODUCT_UNITS } from '../../product-categories';
import type { ProductValues } from '../../product-form-values';
import { toNumberOrEmpty } from '../../../orders/components/form/number-value';

type ProductFieldsProps = {
  form: ReturnType<typeof useFormState<ProductValues>>;
  editing: boolean;
};

export const ProductFields = ({ form, editing }: ProductFieldsProps) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  const { values } = form;
  const categories = PRODUCT_CATEGORIES.map((value) => ({
    value,
    label: t(`categories.${value}`),
  }));
  // A category outside today's list stays choosable, named as stored.
  const data =
    values.category && !categories.some((c) => c.value === values.category)
      ? [...categories, { value: values.category, label: values.category }]
      : categories;

  const text = (field: 'sku' | 'name' | 'brand') => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      form.setValue(field, event.currentTarget.value),
    onBlur: () => form.touch(field),
    error: form.errorOf(field),
  });

  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput
          label={t('fields.sku')}
          description={t('fields.skuHint')}
          withAsterisk
          data-autofocus
          {...text('sku')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <TextInput label={t('fields.name')} withAsterisk {...text('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('fields.brand')} withAsterisk {...text('brand')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('fields.category')}
          withAsterisk
          searchable
          data={data}
          value={values.category || null}
          onChange={(category) => form.setValue('category', category ?? '')}
          onBlur={() => form.touch('category')}
          error={form.errorOf('category')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Autocomplete
          label={t('fields.unit')}
          withAsterisk
          data={PRODUCT_UNITS}
          value={values.unit}
          onChange={(unit) => form.setValue('unit', unit)}
          onBlur={() => form.touch('unit')}
          error={form.errorOf('unit')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NumberInput
          label={t('fields.price')}
          description={t('fields.priceHint')}
          withAsterisk
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={language === 'id' ? '.' : ','}
          decimalSeparator={language === 'id' ? ',' : '.'}
          prefix={language === 'id' ? 'Rp ' : 'IDR '}
          hideControls
          value={values.price}
          onChange={(price) => form.setValue('price', toNumberOrEmpty(price))}
          onBlur={() => form.touch('price')}
          error={form.errorOf('price')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label={t('fields.prescriptionOnly')}
          description={t('fields.prescriptionOnlyHint')}
          checked={values.prescriptionOnly}
          onChange={(event) => form.setValue('prescriptionOnly', event.currentTarget.checked)}
        />
      </Grid.Col>
      {editing && (
        <Grid.Col span={12}>
          <Switch
            label={t('fields.active')}
            description={t('fields.activeHint')}
            checked={values.active}
            onChange={(event) => form.setValue('active', event.currentTarget.checked)}
          />
        </Grid.Col>
      )}
    </Grid>
  );
};
