import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type FormActionsProps = {
  submitLabel: string;
  pending: boolean;
  blockingCount: number;
  onCancel: () => void;
};

export const FormActions = ({
  submitLabel,
  pending,
  blockingCount,
  onCancel,
}: FormActionsProps) => {
  const { t } = useTranslation(['customers', 'common']);
  return (
    <Group justify="flex-end" gap="sm">
      {blockingCount > 0 && (
        <Text size="sm" c="red" role="alert">
          {t('customers:form.blocking', { count: blockingCount })}
        </Text>
      )}
      <Button variant="default" onClick={onCancel}>
        {t('common:actions.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
};
