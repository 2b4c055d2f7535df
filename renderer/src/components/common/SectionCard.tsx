import { LoadingOverlay, Paper, Stack, Text, Title, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The heading's id. The section is named by its heading, so it is a region screen readers (and tests) find by the title. */
  headingId: string;
  title: ReactNode;
  /** One dimmed line or two under the title that say what the card is for. */
  intro?: ReactNode;
  /** 'flex-start' keeps a lone button at its own width instead of stretching it. */
  align?: StackProps['align'];
  /** Covers the card while what it shows is being replaced (e.g. during a restore); leave out for cards that never are. */
  busy?: boolean;
  children?: ReactNode;
}

/** One bordered card of a settings-like page: a level-2 heading, an optional intro, then the content. */
export function SectionCard({ headingId, title, intro, align, busy, children }: SectionCardProps) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} pos={busy === undefined ? undefined : 'relative'}>
      {busy !== undefined && <LoadingOverlay visible={busy} />}
      <Stack gap="sm" align={align}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed" maw={720}>
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
