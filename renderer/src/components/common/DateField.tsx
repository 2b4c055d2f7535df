import { Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * A plan date: shown as "12 oktober 2026", typed as 2026-10-12 or 12 okt 2026, kept as YYYY-MM-DD.
 * The calendar closes once a typed date is complete, so it does not cover the next fields. Text that
 * is no date ("2026-13-45") stays in the field with an error and reaches the form as typed, so
 * the form's check refuses it rather than saving the date that was there before.
 */
export function DateField({ value, onChange, dayOff, error, ...props }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  // The last real date, for Mantine's input while the form holds text that is no date.
  const [lastValid, setLastValid] = useState(parseDate(value) ? value : '');
  const nowValid = parseDate(value) ? value : value ? lastValid : '';
  if (nowValid !== lastValid) setLastValid(nowValid);
  const isText = (text: string | null) => text !== null && text.trim() !== '' && parseDate(text) === null;
  // While typing, "2026-1" is not yet a date: the error waits until the field is left.
  const unreadable = typed === null && isText(value);

  const input = (
    <DateInput
      {...props}
      // Mantine's own input text is kept while the text is no date; the form holds what was typed.
      value={nowValid || null}
      onChange={(iso) => {
        onChange(iso ?? '');
        if (iso && typed !== null) setOpen(false);
      }}
      onInput={(e) => setTyped(e.currentTarget.value)}
      // Typing is the quick way; the calendar opens on a click or the down arrow, not on every focus.
      onClick={() => setOpen(true)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
        if (e.key === 'ArrowDown') setOpen(true);
      }}
      onBlur={(e) => {
        setOpen(false);
        const text = e.currentTarget.value.trim();
        if (typed === null) return;
        if (!text) onChange('');
        else if (!parseDate(text)) onChange(text);
        setTyped(null);
      }}
      fixOnBlur={!isText(typed) && !unreadable}
      error={unreadable ? t('validation.noSuchDate', { text: value.trim() }) : error}
      valueFormat="D MMMM YYYY"
      dateParser={parseDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true, opened: open }}
      ariaLabels={{
        previousMonth: t('dates.previousMonth'),
        nextMonth: t('dates.nextMonth'),
        previousYear: t('dates.previousYear'),
        nextYear: t('dates.nextYear'),
        previousDecade: t('dates.previousDecade'),
        nextDecade: t('dates.nextDecade'),
        monthLevelControl: t('dates.monthLevel'),
        yearLevelControl: t('dates.yearLevel'),
      }}
      // The days of the months around are drawn pale (2.2:1); the month's own days are enough.
      hideOutsideDates
      getDayProps={() => ({ onClick: () => setOpen(false) })}
      autoComplete="off"
      // Escape in the field closes its calendar, not the whole dialog with what has been typed.
      data-mantine-stop-propagation
    />
  );
  return (
    <Stack gap={6}>
      {input}
      {dayOff && <DayOffNotice date={value} onUse={onChange} purpose={dayOff} />}
    </Stack>
  );
}
