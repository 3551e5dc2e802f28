import type { PrivacyRequestDto } from '@bei-hub/api-client';
import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useErasurePlan } from '../api/privacy-queries';
import { ErasurePlanTable } from './erasure-plan-table';

/** The erasure plan on its own, for a deletion or anonymisation not yet ready to fulfil. */
export const ErasurePlanPreview = ({ request }: { request: PrivacyRequestDto }) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const plan = useErasurePlan(request.id, true);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('erasure.title')}
        </Title>
        {plan.isError && <Alert color="red">{errorText(plan.error)}</Alert>}
        {plan.isSuccess && <ErasurePlanTable plan={plan.data} />}
      </Stack>
    </Paper>
  );
};
