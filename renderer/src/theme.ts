import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: "'Inter Variable', 'Segoe UI', system-ui, sans-serif",
  headings: { fontFamily: "'Inter Variable', 'Segoe UI', system-ui, sans-serif" },
  defaultRadius: 'sm',
});
