import { Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { parseDate } from '../../lib/dates';
import { DayOffNotice } from './DayOffNotice';

interface Props {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  description?: ReactNode;
  error?: string;
  withAsterisk?: boolean;
  'data-autofocus'?: boolean;
  /** Say when the date picked is a day off, and offer the first working day: for a start or a due date. */
  dayOff?: 'start' | 'due';
}

/** A plan date: shown as "12 oktober 2026", typed as 2026-10-12 or 12 okt 2026, kept as YYYY-MM-DD. */
export function DateField({ value, onChange, dayOff, ...props }: Props) {
  const input = (
    <DateInput
      {...props}
      value={value || null}
      onChange={(iso) => onChange(iso ?? '')}
      valueFormat="D MMMM YYYY"
      dateParser={parseDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true }}
      autoComplete="off"
      // Escape in the field closes its calendar, not the whole dialog with what has been typed.
      data-mantine-stop-propagation
    />
  );
  if (!dayOff) return input;
  return (
    <Stack gap={6}>
      {input}
      <DayOffNotice date={value} onUse={onChange} purpose={dayOff} />
    </Stack>
  );
}
