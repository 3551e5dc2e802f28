import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type FormSectionProps = { title: string; description?: string; children: ReactNode };

export const FormSection = ({ title, description, children }: FormSectionProps) => (
  <Paper withBorder p="md" component="section">
    <Stack gap="sm">
      <div>
        <Title order={2} size="h5">
          {title}
        </Title>
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  </Paper>
);
