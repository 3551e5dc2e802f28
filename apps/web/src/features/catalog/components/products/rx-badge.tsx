import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Prescription-only: sold only to a licensed buyer. */
export const RxBadge = () => {
  const { t } = useTranslation('catalog');
  return (
    <Badge color="grape" variant="light" size="sm" tt="none" title={t('products.rxHint')}>
      {t('products.rx')}
    </Badge>
  );
};
