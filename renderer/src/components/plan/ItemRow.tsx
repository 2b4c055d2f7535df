import { Badge, Button, Checkbox, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Fragment, memo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { canChangeStatus } from '../../../../electron/shared/rules/item-status';
import type { PlanItemView } from '../../../../electron/shared/schemas/plan';
import { dateWindow, instantShortDate } from '../../lib/dates';
import { showError } from '../../lib/show-error';
import { usePlanStore } from '../../stores/plan';
import { ItemMenu, followUp, type ItemDialog } from './ItemMenu';
import { isChecked, responsibleParts, STATUS_COLOR } from './labels';
import classes from './plan.module.css';

interface Props {
  item: PlanItemView;
  today: string;
  onDialog: (dialog: ItemDialog) => void;
}

function Window({ item, today }: { item: PlanItemView; today: string }) {
  const w = dateWindow(item.startDate, item.dueDate, today);
  const due = (text: string) => (
    <Text span size="sm" fw={700} c={item.late ? 'red.8' : undefined}>
      {text}
    </Text>
  );
  return 'on' in w ? (
    due(w.on)
  ) : (
    <span className="nowrap">
      {w.from} – {due(w.to)}
    </span>
  );
}

function Responsible({ item, t }: { item: PlanItemView; t: TFunction }) {
  const { role, person } = responsibleParts(item, t);
  const who = person ?? (
    <Text span size="sm" c="orange.8" fw={600}>
      {t('plans.item.missing')}
    </Text>
  );
  return role ? (
    <span>
      {role}: {who}
    </span>
  ) : (
    <span>{who}</span>
  );
}

/** "Klar 23 nov av Maria Nilsson · Uppföljd 24 nov av Anna Lindqvist". */
function history(item: PlanItemView, today: string, t: TFunction): string {
  const step = (
    at: { at: string; by: { name: string } | null } | null,
    withName: 'plans.item.doneBy' | 'plans.item.followedUpBy',
    bare: 'plans.item.doneAt' | 'plans.item.followedUpAt',
  ) =>
    at
      ? at.by
        ? t(withName, { date: instantShortDate(at.at, today), name: at.by.name })
        : t(bare, { date: instantShortDate(at.at, today) })
      : null;
  return [
    step(item.done, 'plans.item.doneBy', 'plans.item.doneAt'),
    step(item.followedUp, 'plans.item.followedUpBy', 'plans.item.followedUpAt'),
  ]
    .filter(Boolean)
    .join(' · ');
}

const joined = (parts: ReactNode[]) =>
  parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <span aria-hidden> · </span>}
      {part}
    </Fragment>
  ));

/**
 * Memoized: a tick replaces one item in the plan and keeps the others' objects, so only that
 * row renders again. Rendering all ~90 rows of a plan made a tick take ~90 ms to show.
 */
export const ItemRow = memo(function ItemRow({ item, today, onDialog }: Props) {
  const { t } = useTranslation();
  const busy = usePlanStore((s) => s.busy.includes(item.id));
  const checked = isChecked(item.status);
  const done = history(item, today, t);
  const ticked = checked ? 'todo' : 'done';

  // No optimistic tick: the box changes when main has committed the change and answered. While
  // it is on its way the box stays enabled (a disabled box loses focus, and the next Space would
  // scroll the page) and a second press is ignored.
  const toggle = () => {
    if (!busy) void usePlanStore.getState().setStatus(item.id, ticked).catch(showError);
  };
  const checkbox = useRef<HTMLInputElement>(null);

  return (
    <li className={classes.row} data-late={item.late || undefined}>
      <div className={classes.main}>
        <Checkbox
          ref={checkbox}
          checked={checked}
          disabled={!canChangeStatus(item.status, ticked)}
          aria-busy={busy || undefined}
          onChange={toggle}
          label={
            <Text
              span
              fw={500}
              size="sm"
              td={item.status === 'notApplicable' ? 'line-through' : undefined}
              c={item.status === 'notApplicable' ? 'dimmed' : undefined}
            >
              {item.title}
            </Text>
          }
        />
        <div className={classes.details}>
          <Text size="sm" c="dimmed" component="div">
            {joined([
              <Window key="w" item={item} today={today} />,
              <span key="m">{formatMinutes(item.expectedMinutes)}</span>,
              <Responsible key="r" item={item} t={t} />,
              <span key="c">{item.category}</span>,
              ...(item.templateItemId === null ? [<span key="o">{t('plans.item.own')}</span>] : []),
            ])}
          </Text>
          {done && (
            <Text size="xs" c="green.9">
              {done}
            </Text>
          )}
          {item.status === 'notApplicable' && item.notApplicableReason && (
            <Text size="sm" fs="italic">
              {t('plans.item.reason', { reason: item.notApplicableReason })}
            </Text>
          )}
          {item.note && <Text size="sm">{t('plans.item.note', { note: item.note })}</Text>}
        </div>
      </div>
      <Group gap="xs" wrap="nowrap" className={classes.actions}>
        {item.late && (
          <Badge color="red" variant="filled" size="sm">
            {t('plans.item.late')}
          </Badge>
        )}
        <Badge color={STATUS_COLOR[item.status]} variant="light" size="sm">
          {t(`plans.status.${item.status}`)}
        </Badge>
        {canChangeStatus(item.status, 'followedUp') && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('plans.item.followUpLabel', { title: item.title })}
            // The button goes away once followed up; the keyboard stays on the row, at its box.
            onClick={() => !busy && followUp(item, t, () => checkbox.current?.focus())}
          >
            {t('plans.item.followUp')}
          </Button>
        )}
        <ItemMenu item={item} busy={busy} onDialog={onDialog} />
      </Group>
    </li>
  );
});
