import { Button, Collapse, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemView, PlanPhase } from '../../../../electron/shared/schemas/plan';
import { period } from '../../lib/dates';
import type { ItemDialog } from './ItemMenu';
import { ItemRow } from './ItemRow';
import { isChecked } from './labels';
import classes from './plan.module.css';

interface Props {
  phase: PlanPhase;
  color: string;
  /** Every item of the phase, for the progress; `shown` are those the filter keeps. */
  items: PlanItemView[];
  shown: PlanItemView[];
  today: string;
  onDialog: (dialog: ItemDialog) => void;
}

export function PhaseSection({ phase, color, items, shown, today, onDialog }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const purposeId = useId();
  const [purposeOpen, purpose] = useDisclosure(false);
  const applicable = items.filter((i) => i.status !== 'notApplicable');
  const done = applicable.filter((i) => isChecked(i.status)).length;
  const total = applicable.length;

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" className={classes.phaseHeader} wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs" wrap="nowrap">
            <span className={classes.swatch} style={{ background: `var(--mantine-color-${color}-6)` }} aria-hidden />
            <Title order={2} size="h4" id={headingId}>
              {phase.name}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {period(phase.startDate, phase.endDate)}
          </Text>
          {phase.purpose && (
            <Button
              variant="subtle"
              size="compact-xs"
              w="fit-content"
              px={0}
              leftSection={purposeOpen ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
              aria-expanded={purposeOpen}
              aria-controls={purposeId}
              onClick={purpose.toggle}
            >
              {t(purposeOpen ? 'plans.checklist.hidePurpose' : 'plans.checklist.showPurpose')}
            </Button>
          )}
        </Stack>
        <Stack gap={4} w={200} style={{ flexShrink: 0 }}>
          <Text size="sm" fw={600} ta="right">
            {t('plans.checklist.progress', { done, total })}
          </Text>
          <Progress
            value={total ? (done / total) * 100 : 0}
            color={color}
            aria-label={t('plans.checklist.progressLabel', { phase: phase.name })}
          />
        </Stack>
      </Group>
      {phase.purpose && (
        <Collapse expanded={purposeOpen} id={purposeId}>
          <Text size="sm" px="md" pb="md" maw={760}>
            {phase.purpose}
          </Text>
        </Collapse>
      )}
      <ul className={classes.items}>
        {shown.map((item) => (
          <ItemRow key={item.id} item={item} today={today} onDialog={onDialog} />
        ))}
      </ul>
    </Paper>
  );
}
