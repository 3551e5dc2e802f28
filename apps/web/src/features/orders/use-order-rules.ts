import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathErrors } from '../../lib/use-path-form-state';
import { isDiscount, isRupiah, isWholeQuantity, type OrderFormValues } from './order-form-values';

/**
 * The order form's client checks, keyed by the same paths the server uses (`lines[0].quantity`),
 * with the same limits as the API's DTO, so a message appears where the server's would.
 */
export const useOrderRules = () => {
  const { t } = useTranslation('orders');
  return useCallback(
    (values: OrderFormValues): PathErrors => {
      const errors: PathErrors = {};
      if (values.kind === 'sale' && !values.customerId)
        errors['customerId'] = t('validation.customerRequired');
      if (values.kind === 'purchase' && !values.supplierId)
        errors['supplierId'] = t('validation.supplierRequired');
      if (values.lines.length === 0) errors['lines'] = t('validation.linesRequired');
      values.lines.forEach((line, index) => {
        const at = `lines[${index}]`;
        if (!line.product) errors[`${at}.productId`] = t('validation.productRequired');
        if (!isWholeQuantity(line.quantity)) errors[`${at}.quantity`] = t('validation.quantity');
        if (
          values.kind === 'sale' &&
          line.discountPercent !== '' &&
          !isDiscount(line.discountPercent)
        )
          errors[`${at}.discountPercent`] = t('validation.discount');
        if (values.kind === 'purchase' && !isRupiah(line.unitCost))
          errors[`${at}.unitCost`] = t('validation.unitCost');
      });
      if (values.customerPoNumber.trim().length > 100)
        errors['customerPoNumber'] = t('validation.tooLong', { max: 100 });
      if (values.notes.trim().length > 2000)
        errors['notes'] = t('validation.tooLong', { max: 2000 });
      return errors;
    },
    [t],
  );
};
