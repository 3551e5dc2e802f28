import { useTranslation } from 'react-i18next';
import { knownCategory } from '../../product-categories';

export const CategoryLabel = ({ category }: { category: string }) => {
  const { t } = useTranslation('catalog');
  const known = knownCategory(category);
  return <>{known ? t(`categories.${known}`) : category}</>;
};
