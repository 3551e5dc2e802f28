import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ConfirmDeactivationProps = {
  name: string;
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
};

/** Says what deactivation does and asks once; "back" returns to the form with the input intact. */
export const ConfirmDeactivation = ({
  name,
  pending,
  onConfirm,
  onBack,
}: ConfirmDeactivationProps) => {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Stack gap="md" role="alertdialog" aria-labelledby="confirm-deactivation-title">
      <Title order={3} size="h4" id="confirm-deactivation-title">
        {t('users:deactivate.title', { name })}
      </Title>
      <Text size="sm">{t('users:deactivate.body', { name })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('common:actions.back')}
        </Button>
        <Button color="red" loading={pending} onClick={onConfirm}>
          {t('users:deactivate.confirm')}
        </Button>
      </Group>
    </Stack>
  );
};
