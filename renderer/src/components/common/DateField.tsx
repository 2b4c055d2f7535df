import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { parseDate } from '../../lib/dates';

interface Props {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  description?: ReactNode;
  error?: string;
  withAsterisk?: boolean;
  'data-autofocus'?: boolean;
}

/** A plan date: shown as "12 oktober 2026", typed as 2026-10-12 or 12 okt 2026, kept as YYYY-MM-DD. */
export function DateField({ value, onChange, ...props }: Props) {
  return (
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
}
