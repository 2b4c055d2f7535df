import { Accordion, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanPreview } from '../../../../electron/shared/schemas/plan';

/** Programme items this hire does not get (another team, only for new graduates …), collapsed. */
export function LeftOutList({ leftOut }: { leftOut: PlanPreview['leftOut'] }) {
  const { t } = useTranslation();
  if (leftOut.length === 0) return null;
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="left-out">
        <Accordion.Control>{t('hires.review.leftOutTitle', { count: leftOut.length })}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="xs">
            {t('hires.review.leftOutText')}
          </Text>
          <List size="sm" spacing={4}>
            {leftOut.map((item) => (
              <List.Item key={item.templateItemId}>
                <Text span size="sm" fw={500}>
                  {item.title}
                </Text>
                {' – '}
                <Text span size="sm" c="dimmed">
                  {item.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
