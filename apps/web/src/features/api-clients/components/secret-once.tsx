import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

type SecretOnceProps = {
  /** Labelled values shown with the secret, e.g. the client id. */
  facts?: { label: string; value: string }[];
  secretLabel: string;
  secret: string;
  onDone: () => void;
};

/**
 * A freshly issued secret: the server stores only its hash, so this is the one chance to copy it.
 * It lives in component state only and is gone when the dialog closes.
 */
export const SecretOnce = ({ facts = [], secretLabel, secret, onDone }: SecretOnceProps) => {
  const { t } = useTranslation('integrations');
  return (
    <Stack gap="md">
      <Alert color="orange" title={t('secret.title')} role="alert">
        {t('secret.warning')}
      </Alert>
      {facts.map((fact) => (
        <Stack gap={2} key={fact.label}>
          <Text size="sm" fw={500}>
            {fact.label}
          </Text>
          <Code>{fact.value}</Code>
        </Stack>
      ))}
      <Stack gap={2}>
        <Text size="sm" fw={500} id="issued-secret-label">
          {secretLabel}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            aria-labelledby="issued-secret-label"
            data-testid="issued-secret"
            style={{ wordBreak: 'break-all', whiteSpace: 'normal', flex: 1 }}
          >
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('secret.copied') : t('secret.copy')} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : 'blue'}
                  onClick={copy}
                  aria-label={t('secret.copy')}
                  size="lg"
                >
                  {copied ? '✓' : '⧉'}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('secret.done')}</Button>
      </Group>
    </Stack>
  );
};
