import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPhase, WeekRow } from '../../../../electron/shared/schemas/plan';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { dayWithWeekday, weekDates } from '../../lib/dates';
import { dayOffLabel } from '../../lib/day-off-label';
import { phaseColor, STATUS_COLOR } from './labels';
import classes from './plan.module.css';

interface Props {
  row: WeekRow;
  phases: readonly PlanPhase[];
  ref?: Ref<HTMLTableRowElement>;
}

/** Phase names are long ("Vecka 2–18 (månad 1–4)"): the band wraps instead of cutting the name. */
const WRAPPING = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

const minutes = (value: number) => (value > 0 ? formatMinutes(value) : '–');

export function WeekRowView({ row, phases, ref }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr
      ref={ref}
      className={row.current ? classes.currentWeek : undefined}
      aria-current={row.current ? 'date' : undefined}
      tabIndex={row.current ? -1 : undefined}
    >
      <Table.Td>
        <Text size="sm" fw={700} span>
          {t('plans.schedule.week', { week: row.week })}
        </Text>{' '}
        <Text size="xs" c="dimmed" span>
          {row.year}
        </Text>
        <Text size="sm" className="nowrap">
          {weekDates(row.monday, row.sunday)}
        </Text>
        {row.current && (
          <Badge color="yellow" variant="light" size="sm" mt={2} tt="none">
            {t('plans.schedule.current')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {row.phaseIds.map((id) => (
            <Badge key={id} color={phaseColor(phases, id)} variant="light" size="sm" tt="none" styles={WRAPPING}>
              {phases.find((p) => p.id === id)?.name ?? id}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {row.items.length > 0 && (
          <Stack component="ul" gap={2} className={classes.weekItems}>
            {row.items.map((item) => (
              <Group component="li" key={item.id} gap={6} wrap="nowrap" align="baseline">
                <Text
                  size="sm"
                  c={item.late ? 'red.8' : item.status === 'notApplicable' ? 'dimmed' : undefined}
                  fw={item.late ? 600 : undefined}
                  td={item.status === 'notApplicable' ? 'line-through' : undefined}
                >
                  {item.title}
                </Text>
                {item.late ? (
                  <Badge color="red" variant="filled" size="xs" style={{ flexShrink: 0 }}>
                    {t('plans.item.late')}
                  </Badge>
                ) : (
                  // Most items are still to do; only the ones that are not get a badge, so the eye finds them.
                  item.status !== 'todo' && (
                    <Badge color={STATUS_COLOR[item.status]} variant="light" size="xs" style={{ flexShrink: 0 }}>
                      {t(`plans.status.${item.status}`)}
                    </Badge>
                  )
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {row.daysOff.map((d) => (
          <Text key={d.date} size="sm">
            {t('plans.schedule.dayOff', { label: dayOffLabel(d, i18n.language), date: dayWithWeekday(d.date) })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td ta="right" className="nowrap">
        <Text size="sm" fw={row.overloaded ? 700 : undefined} c={row.overloaded ? 'red.8' : undefined}>
          {minutes(row.hireMinutes)}
        </Text>
        {row.overloaded && (
          <Badge
            color="red"
            variant="light"
            size="xs"
            title={t('plans.schedule.overloadedHint', { limit: formatMinutes(row.limitMinutes) })}
          >
            {t('plans.schedule.overloaded')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {row.preparationMinutes > 0 && (
          <Text size="xs" c="dimmed">
            {t('plans.schedule.preparation', { time: formatMinutes(row.preparationMinutes) })}
          </Text>
        )}
        {row.others.map(({ responsible, minutes: time }) => (
          <Text key={responsible.kind === 'role' ? responsible.role : responsible.name} size="xs" className="nowrap">
            {t('plans.schedule.other', {
              who: responsible.kind === 'role' ? t(`plans.roles.${responsible.role}`) : responsible.name,
              time: formatMinutes(time),
            })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td ta="right" className="nowrap">
        {minutes(row.introducerMinutes)}
      </Table.Td>
    </Table.Tr>
  );
}
