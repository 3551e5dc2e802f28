import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { ActiveBadge } from '../users/components/active-badge';
import { useProduct } from './api/use-product';
import { useProductLots } from './api/use-product-lots';
import { useCatalogPermissions } from './catalog-permissions';
import { CategoryLabel } from './components/products/category-label';
import { LotsTable } from './components/products/lots-table';
import { RxBadge } from './components/products/rx-badge';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" fw={500} component="div">
      {children}
    </Text>
  </Stack>
);

export const ProductRoute = () => {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const { productId = '' } = useParams();
  const { canManage, canTrace } = useCatalogPermissions();
  const query = useProduct(productId);
  const lots = useProductLots(productId);

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('catalog:detail.loadFailed')}>
        {errorText(query.error)}{' '}
        <Anchor component={Link} to="/products">
          {t('catalog:detail.back')}
        </Anchor>
      </Alert>
    );
  }
  const { product } = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component={Link} to="/products" size="sm">
            {t('catalog:detail.back')}
          </Anchor>
          <Group gap="sm">
            <Title order={1} size="h2">
              {product.name}
            </Title>
            {product.prescriptionOnly && <RxBadge />}
            <ActiveBadge active={product.active} />
          </Group>
          <Text size="sm" c="dimmed">
            {product.sku}
          </Text>
        </Stack>
        {canManage && (
          <Button variant="default" component={Link} to="edit">
            {t('catalog:edit.action')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Fact label={t('catalog:fields.brand')}>{product.brand}</Fact>
          <Fact label={t('catalog:fields.category')}>
            <CategoryLabel category={product.category} />
          </Fact>
          <Fact label={t('catalog:fields.unit')}>{product.unit}</Fact>
          <Fact label={t('catalog:fields.price')}>{formatMoney(product.price, language)}</Fact>
          <Fact label={t('catalog:columns.onHand')}>{product.quantityOnHand}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label={t('catalog:detail.lotsTitle')}>
        <Title order={2} size="h5" mb="xs">
          {t('catalog:detail.lotsTitle')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('catalog:detail.lotsHint')}
        </Text>
        {lots.isPending ? (
          <Loader size="sm" aria-label={t('common:loading')} />
        ) : lots.isError ? (
          <Text c="red" size="sm">
            {errorText(lots.error)}
          </Text>
        ) : (
          <LotsTable lots={lots.data.items} canTrace={canTrace} />
        )}
      </Paper>
      {/* Edit opens as a dialog over the product, with its own URL. */}
      <Outlet />
    </Stack>
  );
};
