import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of the order page. */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Paper withBorder p="sm" component="section" aria-label={title}>
    <Title order={2} size="h5" mb="xs">
      {title}
    </Title>
    {children}
  </Paper>
);
