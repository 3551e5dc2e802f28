import { Grid, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathFormState } from '../../../../lib/use-path-form-state';
import { liveTotals, type OrderFormValues } from '../../order-form-values';
import { OrderTotals } from '../detail/order-totals';
import { CustomerPicker, type PickedCustomer } from './customer-picker';
import { CustomerWarning } from './customer-warning';
import { OrderLinesEditor } from './order-lines-editor';
import { SupplierPicker } from './supplier-picker';

type OrderFieldsProps = {
  form: PathFormState<OrderFormValues>;
  /** Set when editing a draft: the party cannot change any more, only be named. */
  lockedParty?: string;
  customer?: PickedCustomer | null;
  onCustomerChange?: (customer: PickedCustomer | null) => void;
};

export const OrderFields = ({
  form,
  lockedParty,
  customer = null,
  onCustomerChange,
}: OrderFieldsProps) => {
  const { t } = useTranslation('orders');
  const { values } = form;
  const totals = useMemo(() => liveTotals(values), [values]);
  const hasPrescriptionLine = values.lines.some((line) => line.product?.prescriptionOnly);

  const party = () => {
    if (lockedParty !== undefined) {
      return (
        <TextInput
          label={values.kind === 'sale' ? t('form.customer') : t('form.supplier')}
          value={lockedParty}
          readOnly
          disabled
        />
      );
    }
    if (values.kind === 'purchase') {
      return (
        <SupplierPicker
          value={values.supplierId}
          onChange={(supplierId) => form.update('supplierId', (v) => ({ ...v, supplierId }))}
          onBlur={() => form.touch('supplierId')}
          error={form.errorOf('supplierId')}
        />
      );
    }
    return (
      <CustomerPicker
        value={values.customerId}
        onChange={(picked) => {
          onCustomerChange?.(picked);
          form.update('customerId', (v) => ({ ...v, customerId: picked?.id ?? null }));
        }}
        onBlur={() => form.touch('customerId')}
        error={form.errorOf('customerId')}
      />
    );
  };

  return (
    <Stack gap="md">
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>{party()}</Grid.Col>
        {values.kind === 'sale' && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <TextInput
              label={t('form.customerPoNumber')}
              value={values.customerPoNumber}
              onChange={(event) => {
                const customerPoNumber = event.currentTarget.value;
                form.update('customerPoNumber', (v) => ({ ...v, customerPoNumber }));
              }}
              onBlur={() => form.touch('customerPoNumber')}
              error={form.errorOf('customerPoNumber')}
            />
          </Grid.Col>
        )}
      </Grid>
      {values.kind === 'sale' && (
        <CustomerWarning
          customerId={values.customerId}
          picked={customer}
          hasPrescriptionLine={hasPrescriptionLine}
        />
      )}
      <OrderLinesEditor form={form} totals={totals} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={3}
            value={values.notes}
            onChange={(event) => {
              const notes = event.currentTarget.value;
              form.update('notes', (v) => ({ ...v, notes }));
            }}
            onBlur={() => form.touch('notes')}
            error={form.errorOf('notes')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm">
            <Title order={2} size="h5" mb={4}>
              {t('totals.title')}
            </Title>
            <OrderTotals totals={totals} live />
            <Text size="xs" c="dimmed" mt={4}>
              {t('totals.liveHint')}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
