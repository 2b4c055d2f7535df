import { Anchor, Badge, Button, Checkbox, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mondayOf, shiftDays } from '../../../electron/shared/rules/days';
import type { OwnIntroduction } from '../../../electron/shared/schemas/my-work';
import type { PhaseEvaluationView } from '../../../electron/shared/schemas/phase-evaluations';
import type { PlanItemView } from '../../../electron/shared/schemas/plan';
import { getApi, unwrap } from '../api';
import { LoadFailed, Loading } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { EVALUATION_COLOR } from '../components/evaluations/PhaseEvaluationsCard';
import { PhaseEvaluationModal } from '../components/evaluations/PhaseEvaluationModal';
import { SectionCard } from '../components/common/SectionCard';
import { dateWindow, dayDate } from '../lib/dates';
import { messageOf } from '../lib/errors';
import { notifySaved } from '../lib/notify';
import { showError } from '../lib/show-error';
import { useSessionStore } from '../stores/session';

const isOwn = (item: PlanItemView) => item.responsible.kind === 'role' && item.responsible.role === 'newHire';

/** Min introduktion: the new hire's own, read-mostly view of their plan. */
export function OwnIntroductionPage() {
  const { t } = useTranslation();
  const hire = useSessionStore((s) => s.currentHire);
  const [view, setView] = useState<OwnIntroduction | null>(null);
  const [error, setError] = useState<string>();
  const [answering, setAnswering] = useState<PhaseEvaluationView | null>(null);
  const read = useCallback(
    () =>
      unwrap(getApi().tasks.getIntroduction()).then(
        (v) => {
          setView(v);
          setError(undefined);
        },
        (e: unknown) => setError(messageOf(e)),
      ),
    [],
  );
  useEffect(() => {
    if (hire) void read();
  }, [hire, read]);
  useEffect(() => getApi().subscribe('data-changed', () => void read()), [read]);

  if (error) return <LoadFailed title={t('myWork.own.title')} message={error} onRetry={() => void read()} />;
  if (!view) return <Loading />;
  const { plan } = view;
  // What starts or is due this week and next, still to do (a months-long window shows when it begins and ends).
  const [from, to] = [mondayOf(plan.today), shiftDays(mondayOf(plan.today), 13)];
  const within = (date: string) => date >= from && date <= to;
  const soon = plan.items.filter((i) => i.status === 'todo' && (within(i.startDate) || within(i.dueDate)));
  const mine = plan.items.filter((i) => isOwn(i) && i.status !== 'notApplicable');

  const tick = async (item: PlanItemView, done: boolean) => {
    try {
      await unwrap(getApi().plans.setItemStatus({ itemId: item.id, status: done ? 'done' : 'todo' }));
      if (done) notifySaved(t('myWork.ticked', { title: item.title }));
      await read();
    } catch (e) {
      showError(e);
    }
  };

  const row = (item: PlanItemView) => {
    const w = dateWindow(item.startDate, item.dueDate, plan.today);
    const when = 'on' in w ? w.on : `${w.from} – ${w.to}`;
    const checked = item.status === 'done' || item.status === 'followedUp';
    return (
      <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm">
        {isOwn(item) ? (
          <Checkbox
            label={item.title}
            checked={checked}
            disabled={item.status === 'followedUp'}
            onChange={(e) => void tick(item, e.currentTarget.checked)}
          />
        ) : (
          <Stack gap={0}>
            <Text size="sm" td={checked ? 'line-through' : undefined}>
              {item.title}
            </Text>
            {item.responsiblePerson && (
              <Text size="xs" c="dimmed">
                {t('myWork.own.responsible', { name: item.responsiblePerson.name })}
              </Text>
            )}
          </Stack>
        )}
        <Text size="sm" c={item.late ? 'red.8' : 'dimmed'} className="nowrap">
          {when}
        </Text>
      </Group>
    );
  };

  return (
    <Stack className="page page-wide" gap="md">
      <PageHeader title={`${t('myWork.own.title')} – ${plan.hire.name}`} intro={t('myWork.own.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SectionCard headingId="own-weeks" title={t('myWork.own.weeks')}>
          <Stack gap="xs">{soon.length ? soon.map(row) : <Text size="sm">{t('myWork.own.weeksEmpty')}</Text>}</Stack>
        </SectionCard>
        <SectionCard headingId="own-items" title={t('myWork.own.mine')}>
          <Stack gap="xs">{mine.length ? mine.map(row) : <Text size="sm">{t('myWork.own.mineEmpty')}</Text>}</Stack>
        </SectionCard>
        <SectionCard headingId="own-contacts" title={t('myWork.own.contacts')}>
          <Stack gap="xs">
            {view.contacts.map((c) => (
              <Stack key={c.role} gap={0}>
                <Text size="sm" fw={600}>
                  {c.name} · {t(`myWork.own.roles.${c.role}`)}
                </Text>
                <Text size="sm">
                  {c.phone}
                  {c.phone && c.email ? ' · ' : ''}
                  {c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>}
                </Text>
              </Stack>
            ))}
          </Stack>
        </SectionCard>
        <SectionCard headingId="own-sessions" title={t('myWork.own.sessions')}>
          {view.sessions.length ? (
            <List size="sm">
              {view.sessions.map((s) => (
                <List.Item key={`${s.date}${s.time}`}>
                  {dayDate(s.date)} {s.time}
                  {s.place ? ` · ${s.place}` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('myWork.own.sessionsEmpty')}</Text>
          )}
        </SectionCard>
        <SectionCard headingId="own-documents" title={t('myWork.own.documents')}>
          {view.documents.length ? (
            <List size="sm">
              {view.documents.map((d) => (
                <List.Item key={d.title}>
                  {d.title}
                  {d.location ? ` – ${d.location}` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('myWork.own.documentsEmpty')}</Text>
          )}
        </SectionCard>
        <SectionCard headingId="own-forms" title={t('myWork.own.forms')}>
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('myWork.own.checkIns')}
            </Text>
            {view.checkIns.length ? (
              <List size="sm">
                {view.checkIns.map((c) => (
                  <List.Item key={c.label}>
                    {c.label}: {dayDate(c.dueDate)}
                    {c.status === 'held' ? ` · ${t('checkIns.status.held')}` : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{t('myWork.own.checkInsEmpty')}</Text>
            )}
            <Text size="sm" fw={600} mt="xs">
              {t('evaluations.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('evaluations.own.text')}
            </Text>
            {view.evaluations.map((p) => (
              <Group key={p.phaseId} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  {p.phaseName} ({t('evaluations.columns.date').toLowerCase()} {dayDate(p.dueDate)}){' '}
                  <Badge color={EVALUATION_COLOR[p.status]} variant="light" size="sm">
                    {t(`evaluations.status.${p.status}`)}
                  </Badge>
                </Text>
                {p.startDate <= plan.today && plan.hire.archivedAt === null && (
                  <Button
                    size="compact-sm"
                    variant={p.record ? 'subtle' : 'light'}
                    aria-label={t(p.record ? 'evaluations.editLabel' : 'evaluations.fillLabel', { phase: p.phaseName })}
                    onClick={() => setAnswering(p)}
                  >
                    {t(p.record ? 'evaluations.edit' : 'evaluations.fill')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </SectionCard>
      </SimpleGrid>
      <PhaseEvaluationModal
        phase={answering}
        today={plan.today}
        onSave={async (phaseId, fields) => {
          await unwrap(getApi().evaluations.savePhaseEvaluation({ hireId: plan.hire.id, phaseId, ...fields }));
          await read();
        }}
        onClose={() => setAnswering(null)}
      />
    </Stack>
  );
}
