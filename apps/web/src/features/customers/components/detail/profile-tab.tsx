import { DataList, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import type { CustomerTabProps } from './customer-tab-props';

type Row = { label: string; value: ReactNode };

const Section = ({ title, rows }: { title: string; rows: Row[] }) => {
  const { t } = useTranslation('customers');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      <DataList labelWidth={140}>
        {rows.map((row) => (
          <DataList.Item key={row.label}>
            <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
            <DataList.ItemValue>{row.value ?? t('profile.empty')}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
};

export const ProfileTab = ({ customer }: CustomerTabProps) => {
  const { t, i18n } = useTranslation('customers');
  const language = currentLanguage(i18n);
  const { address } = customer;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section
        title={t('profile.contact')}
        rows={[
          { label: t('profile.email'), value: customer.email },
          { label: t('profile.phone'), value: customer.phone },
          { label: t('profile.whatsapp'), value: customer.whatsapp },
        ]}
      />
      <Section
        title={t('profile.identity')}
        rows={[
          { label: t('profile.specialty'), value: customer.specialty },
          ...(customer.type === 'doctor' ? [{ label: t('profile.nik'), value: customer.nik }] : []),
          { label: t('profile.npwp'), value: customer.npwp },
        ]}
      />
      <Section
        title={t('profile.address')}
        rows={
          address
            ? [
                {
                  label: t('profile.address'),
                  value: (
                    <>
                      {address.line1}
                      {address.district && <Text size="sm">{address.district}</Text>}
                      <Text size="sm">
                        {address.city}, {address.province} {address.postalCode ?? ''}
                      </Text>
                    </>
                  ),
                },
              ]
            : [{ label: t('profile.address'), value: t('profile.noAddress') }]
        }
      />
      <Section
        title={t('profile.commercial')}
        rows={[
          {
            label: t('profile.creditLimit'),
            value:
              customer.creditLimit === null ? null : formatMoney(customer.creditLimit, language),
          },
          { label: t('profile.notes'), value: customer.notes },
          { label: t('profile.source'), value: t(`sources.${customer.source}`) },
          { label: t('profile.createdAt'), value: formatDateTime(customer.createdAt, language) },
        ]}
      />
    </SimpleGrid>
  );
};
