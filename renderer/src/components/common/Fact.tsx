import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small labelled value: "STARTDATUM / måndag 5 oktober 2026". */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
