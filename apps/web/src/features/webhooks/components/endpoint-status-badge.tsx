import { Badge } from '@mantine/core';
import type { WebhookEndpointDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';

export const EndpointStatusBadge = ({ endpoint }: { endpoint: WebhookEndpointDto }) => {
  const { t } = useTranslation('integrations');
  if (endpoint.active) {
    return (
      <Badge variant="dot" color="teal" size="sm" tt="none">
        {t('webhooks.active')}
      </Badge>
    );
  }
  return (
    <Badge variant="dot" color="red" size="sm" tt="none" style={{ maxWidth: '100%' }}>
      {endpoint.disabledReason
        ? t('webhooks.disabledReason', { reason: endpoint.disabledReason })
        : t('webhooks.disabled')}
    </Badge>
  );
};
