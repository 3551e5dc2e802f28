import { Anchor, Center, EmptyState, Loader, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { useErrorText } from '../../../../lib/use-error-text';
import { useAffiliations } from '../../api/use-affiliations';
import { AddAffiliationForm } from './add-affiliation-form';
import type { CustomerTabProps } from './customer-tab-props';

/** For a doctor, the clinics they practise at (and a way to add one); for a clinic, its doctors. */
export const AffiliationsTab = ({ customer, canWrite }: CustomerTabProps) => {
  const { t, i18n } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const affiliations = useAffiliations(customer.id);
  const isDoctor = customer.type === 'doctor';
  const canAdd = isDoctor && canWrite && customer.status !== 'anonymized';

  const list = () => {
    if (affiliations.isPending) {
      return (
        <Center py="lg">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (affiliations.isError) {
      return (
        <EmptyState
          title={t('customers:affiliations.loadFailed')}
          description={errorText(affiliations.error)}
        />
      );
    }
    if (affiliations.data.items.length === 0) {
      return (
        <EmptyState
          title={t(
            isDoctor ? 'customers:affiliations.emptyDoctor' : 'customers:affiliations.emptyClinic',
          )}
        />
      );
    }
    return (
      <Table striped verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {t(isDoctor ? 'customers:affiliations.clinic' : 'customers:affiliations.doctor')}
            </Table.Th>
            <Table.Th>{t('customers:affiliations.role')}</Table.Th>
            <Table.Th>{t('customers:affiliations.since')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {affiliations.data.items.map((affiliation) => {
            const other = isDoctor ? affiliation.clinic : affiliation.doctor;
            return (
              <Table.Tr key={affiliation.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${other.id}`} fw={500} size="sm">
                    {other.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{affiliation.role}</Table.Td>
                <Table.Td>{formatDate(affiliation.createdAt, currentLanguage(i18n))}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  };

  return (
    <Stack gap="md">
      {list()}
      {canAdd && <AddAffiliationForm doctorId={customer.id} />}
    </Stack>
  );
};
