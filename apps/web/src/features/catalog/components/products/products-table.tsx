import type { ProductResponseDto } from '@bei-hub/api-client';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { ActiveBadge } from '../../../users/components/active-badge';
import { CategoryLabel } from './category-label';
import { RxBadge } from './rx-badge';

export const ProductsTable = ({ products }: { products: readonly ProductResponseDto[] }) => {
  const { t, i18n } = useTranslation('catalog');
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 280px)">
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.sku')}</Table.Th>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.brand')}</Table.Th>
            <Table.Th>{t('columns.category')}</Table.Th>
            <Table.Th>{t('columns.rx')}</Table.Th>
            <Table.Th ta="right">{t('columns.price')}</Table.Th>
            <Table.Th ta="right">{t('columns.onHand')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td>
                <Anchor component={Link} to={`/products/${product.id}`} fw={500}>
                  {product.sku}
                </Anchor>
              </Table.Td>
              <Table.Td>{product.name}</Table.Td>
              <Table.Td>{product.brand}</Table.Td>
              <Table.Td>
                <CategoryLabel category={product.category} />
              </Table.Td>
              <Table.Td>{product.prescriptionOnly && <RxBadge />}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(product.price, language)}
              </Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" c={product.quantityOnHand === 0 ? 'red' : undefined}>
                  {product.quantityOnHand.toLocaleString(language === 'id' ? 'id-ID' : 'en-US')}{' '}
                  {product.unit}
                </Text>
              </Table.Td>
              <Table.Td>
                <ActiveBadge active={product.active} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
