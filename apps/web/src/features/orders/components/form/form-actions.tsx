import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type FormActionsProps = { submitLabel: string; pending: boolean; onCancel: () => void };

export const FormActions = ({ submitLabel, pending, onCancel }: FormActionsProps) => {
  const { t } = useTranslation(['orders', 'common']);
  return (
    <Group justify="space-between" align="center">
      <Text size="xs" c="dimmed">
        {t('orders:form.draftHint')}
      </Text>
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
};
