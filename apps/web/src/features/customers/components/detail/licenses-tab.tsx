import { EmptyState, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../../lib/format';
import { currentLanguage } from '../../../../lib/i18n';
import { SingleLicenseBadge } from '../badges/license-status-badge';
import { ClinicLink } from './clinic-link';
import type { CustomerTabProps } from './customer-tab-props';

export const LicensesTab = ({ customer, canWrite }: CustomerTabProps) => {
  const { t, i18n } = useTranslation('customers');
  const language = currentLanguage(i18n);
  if (customer.licenses.length === 0) {
    return (
      <EmptyState
        title={t('licenses.none')}
        description={canWrite ? t('licenses.noneHint') : undefined}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('licenses.kind')}</Table.Th>
            <Table.Th>{t('licenses.number')}</Table.Th>
            <Table.Th>{t('licenses.validUntil')}</Table.Th>
            <Table.Th>{t('licenses.practiceClinic')}</Table.Th>
            <Table.Th>{t('licenses.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customer.licenses.map((license) => (
            <Table.Tr key={`${license.kind}:${license.number}`}>
              <Table.Td>{t(`licenseKinds.${license.kind}`)}</Table.Td>
              <Table.Td ff="monospace">{license.number}</Table.Td>
              <Table.Td>
                {license.validUntil
                  ? formatCalendarDate(license.validUntil, language)
                  : t('licenses.noExpiry')}
              </Table.Td>
              <Table.Td>
                {license.practiceClinicId ? (
                  <ClinicLink clinicId={license.practiceClinicId} />
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <SingleLicenseBadge license={license} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
