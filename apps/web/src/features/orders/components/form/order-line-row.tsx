import { ActionIcon, NumberInput, Table, Text } from '@mantine/core';
import type { OrderKind } from '@bei-hub/domain';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import type { OrderLineValues } from '../../order-form-values';
import { toNumberOrEmpty } from './number-value';
import { ProductPicker } from './product-picker';

type OrderLineRowProps = {
  kind: OrderKind;
  index: number;
  line: OrderLineValues;
  lineTotal: number;
  errorOf: (field: keyof OrderLineValues | 'productId') => string | undefined;
  /** `field` is the server's name for what changed, so its message at that path can go. */
  onChange: (field: string, patch: Partial<OrderLineValues>) => void;
  onBlur: (field: string) => void;
  onRemove?: () => void;
};

/** One product line: what, how many, and the discount (sale) or the cost (purchase). */
export const OrderLineRow = ({
  kind,
  index,
  line,
  lineTotal,
  errorOf,
  onChange,
  onBlur,
  onRemove,
}: OrderLineRowProps) => {
  const { t, i18n } = useTranslation('orders');
  const language = currentLanguage(i18n);
  const row = index + 1;
  const separators =
    language === 'id'
      ? { thousandSeparator: '.', decimalSeparator: ',' }
      : { thousandSeparator: ',', decimalSeparator: '.' };

  return (
    <Table.Tr>
      <Table.Td>
        <ProductPicker
          label={t('form.productOfRow', { row })}
          value={line.product}
          onChange={(product) => onChange('productId', { product })}
          onBlur={() => onBlur('productId')}
          error={errorOf('productId')}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('form.quantityOfRow', { row })}
          value={line.quantity}
          onChange={(value) => onChange('quantity', { quantity: toNumberOrEmpty(value) })}
          onBlur={() => onBlur('quantity')}
          allowDecimal={false}
          allowNegative={false}
          min={1}
          hideControls
          error={errorOf('quantity')}
          w={90}
        />
      </Table.Td>
      <Table.Td>
        {kind === 'sale' ? (
          <NumberInput
            aria-label={t('form.discountOfRow', { row })}
            value={line.discountPercent}
            onChange={(value) =>
              onChange('discountPercent', { discountPercent: toNumberOrEmpty(value) })
            }
            onBlur={() => onBlur('discountPercent')}
            decimalScale={2}
            allowNegative={false}
            decimalSeparator={separators.decimalSeparator}
            suffix=" %"
            placeholder="0 %"
            hideControls
            error={errorOf('discountPercent')}
            w={100}
          />
        ) : (
          <NumberInput
            aria-label={t('form.unitCostOfRow', { row })}
            value={line.unitCost}
            onChange={(value) => onChange('unitCost', { unitCost: toNumberOrEmpty(value) })}
            onBlur={() => onBlur('unitCost')}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={separators.thousandSeparator}
            decimalSeparator={separators.decimalSeparator}
            prefix={language === 'id' ? 'Rp ' : 'IDR '}
            hideControls
            error={errorOf('unitCost')}
            w={170}
          />
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={kind === 'sale' && line.product ? undefined : 'dimmed'}>
          {kind === 'sale' && line.product ? formatMoney(line.product.price, language) : '—'}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={500} data-testid={`line-total-${index}`}>
          {formatMoney(lineTotal, language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={onRemove}
          disabled={!onRemove}
          aria-label={t('form.removeLine', { row })}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
};
