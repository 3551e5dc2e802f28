import type { PrivacyRequestDto } from '@bei-hub/api-client';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { byTimeLeft } from '../countdown';
import { CustomerLink } from './customer-link';
import { DueCountdown } from './due-countdown';
import { RequestStatusBadge } from './request-badges';

type RequestsTableProps = { requests: readonly PrivacyRequestDto[]; showCustomer?: boolean };

/** Requests with the least time left on top. */
export const RequestsTable = ({ requests, showCustomer = true }: RequestsTableProps) => {
  const { t, i18n } = useTranslation('privacy');
  const language = currentLanguage(i18n);
  const sorted = [...requests].sort(byTimeLeft);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.type')}</Table.Th>
            {showCustomer && <Table.Th>{t('inbox.customer')}</Table.Th>}
            <Table.Th>{t('inbox.received')}</Table.Th>
            <Table.Th>{t('inbox.status')}</Table.Th>
            <Table.Th>{t('inbox.timeLeft')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td>
                <Anchor component={Link} to={`/privacy-requests/${request.id}`} size="sm">
                  {t(`types.${request.type}`)}
                </Anchor>
              </Table.Td>
              {showCustomer && (
                <Table.Td>
                  <CustomerLink customerId={request.customerId} />
                </Table.Td>
              )}
              <Table.Td>{formatDateTime(request.receivedAt, language)}</Table.Td>
              <Table.Td>
                <RequestStatusBadge status={request.status} />
              </Table.Td>
              <Table.Td>
                <DueCountdown request={request} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
