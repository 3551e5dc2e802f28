import { Badge } from '@mantine/core';
import { deriveLicenseStatus, type LicenseStatus, todayInJakarta } from '@bei-hub/domain';
import type { LicenseDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { LICENSE_STATUS_COLOR } from './status-colors';

export const LicenseStatusBadge = ({ status }: { status: LicenseStatus }) => {
  const { t } = useTranslation('customers');
  return (
    <Badge
      color={LICENSE_STATUS_COLOR[status]}
      variant="light"
      size="sm"
      tt="none"
      data-status={status}
    >
      {t(`licenseStatus.${status}`)}
    </Badge>
  );
};

/** One licence: revoked, or valid / expiring / expired by the same rule as the customer's status. */
export const SingleLicenseBadge = ({ license }: { license: LicenseDto }) => {
  const { t } = useTranslation('customers');
  if (license.status === 'revoked') {
    return (
      <Badge color="gray" variant="outline" size="sm" tt="none" data-status="revoked">
        {t('licenseStates.revoked')}
      </Badge>
    );
  }
  return <LicenseStatusBadge status={deriveLicenseStatus([license], todayInJakarta())} />;
};
