import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An honest empty page: says what will be here, offers nothing that does not work yet. */
export function ComingLater({ heading, title, text }: { heading: string; title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack className="page" gap="lg">
      <Title order={1} size="h2">
        {heading}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="sm" align="flex-start">
          <Badge variant="light" color="gray">
            {t('placeholder.notYet')}
          </Badge>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text maw={640}>{text}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
