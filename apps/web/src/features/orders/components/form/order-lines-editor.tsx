import { Button, Group, Table, Text } from '@mantine/core';
import type { OrderTotals } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import type { PathFormState } from '../../../../lib/use-path-form-state';
import { emptyLine, type OrderFormValues, type OrderLineValues } from '../../order-form-values';
import { OrderLineRow } from './order-line-row';

type OrderLinesEditorProps = { form: PathFormState<OrderFormValues>; totals: OrderTotals };

const withLine = (
  values: OrderFormValues,
  index: number,
  patch: Partial<OrderLineValues>,
): OrderFormValues => ({
  ...values,
  lines: values.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)),
});

export const OrderLinesEditor = ({ form, totals }: OrderLinesEditorProps) => {
  const { t } = useTranslation('orders');
  const { kind, lines } = form.values;

  const add = () =>
    form.update('lines', (values) => ({ ...values, lines: [...values.lines, emptyLine()] }));
  // Removing shifts the rows below, so every server message about lines goes (update('lines')).
  const remove = (index: number) =>
    form.update('lines', (values) => ({
      ...values,
      lines: values.lines.filter((_, i) => i !== index),
    }));

  return (
    <div>
      <Text fw={500} size="sm" mb={4}>
        {t('form.lines')}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} withTableBorder aria-label={t('form.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.product')}</Table.Th>
              <Table.Th>{t('form.quantity')}</Table.Th>
              <Table.Th>
                {kind === 'sale' ? t('form.discountPercent') : t('form.unitCost')}
              </Table.Th>
              <Table.Th ta="right">{t('form.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('form.lineTotal')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => {
              const at = `lines[${index}]`;
              return (
                <OrderLineRow
                  key={line.key}
                  kind={kind}
                  index={index}
                  line={line}
                  lineTotal={totals.lines[index]?.lineTotal ?? 0}
                  errorOf={(field) => form.errorOf(`${at}.${field}`)}
                  onChange={(field, patch) =>
                    form.update(`${at}.${field}`, (values) => withLine(values, index, patch))
                  }
                  onBlur={(field) => form.touch(`${at}.${field}`)}
                  onRemove={lines.length > 1 ? () => remove(index) : undefined}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs">
        <Button variant="light" size="xs" onClick={add}>
          {t('form.addLine')}
        </Button>
        {form.errorOf('lines') && (
          <Text c="red" size="sm" role="alert">
            {form.errorOf('lines')}
          </Text>
        )}
      </Group>
    </div>
  );
};
