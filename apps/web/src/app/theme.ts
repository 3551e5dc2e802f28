import { createTheme } from '@mantine/core';

// Calm and dense: work screens show many rows, so compact defaults and one accent colour.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});
