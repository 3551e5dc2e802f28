import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { getSessionEnd } from '../../lib/session-store';
import { LoginForm } from './components/login-form';
import { nextPathFrom } from './session-loaders';

export const LoginRoute = () => {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Read once: after an expired session, say why the user is back here.
  const [expired] = useState(() => getSessionEnd() === 'expired');

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="sm">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <div>
              <Title order={1} size="h3">
                {t('login.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('login.subtitle')}
              </Text>
            </div>
            {expired && (
              <Alert color="yellow" role="status">
                {t('login.sessionEnded')}
              </Alert>
            )}
            <LoginForm onSignedIn={() => navigate(nextPathFrom(search), { replace: true })} />
          </Stack>
        </Paper>
        <Center>
          <LanguageSwitch />
        </Center>
      </Stack>
    </Center>
  );
};
