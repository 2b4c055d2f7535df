import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationSummary, PhaseSummary, QuestionSummary } from '../../../../electron/shared/schemas/phase-evaluations';
import { instantDate } from '../../lib/dates';
import { messageOf } from '../../lib/errors';
import { loadEvaluationSummary } from '../../stores/evaluations';
import { LoadFailed, Loading } from '../common/LoadStates';

const decimal = (n: number, language: string) => n.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 1 });

/** Five bars, one per answer 1–5, as tall as their share; the numbers are in the label. */
function Distribution({ summary }: { summary: QuestionSummary }) {
  const { t } = useTranslation();
  const counts = summary.distribution!;
  const most = Math.max(1, ...counts);
  const label = t('evaluations.summary.distributionLabel', Object.fromEntries(counts.map((c, i) => [`d${i + 1}`, c])));
  return (
    <Tooltip label={label}>
      <Group gap={3} align="flex-end" h={28} role="img" aria-label={label}>
        {counts.map((count, i) => (
          <Box
            key={i}
            w={14}
            h={Math.max(2, Math.round((count / most) * 26))}
            bg={count ? 'blue.6' : 'gray.3'}
            style={{ borderRadius: 2 }}
          />
        ))}
      </Group>
    </Tooltip>
  );
}

function Texts({ title, texts }: { title: string; texts: string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {texts.length ? (
        <Stack gap={4} component="ul" m={0} pl="md">
          {texts.map((text, i) => (
            <Text key={i} size="sm" component="li" style={{ whiteSpace: 'pre-wrap' }}>
              {text}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('evaluations.summary.noTexts')}
        </Text>
      )}
    </Stack>
  );
}

function PhaseBlock({ phase, version, headingId }: { phase: PhaseSummary; version: number; headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="sm" align="baseline">
        <Title order={4} size="h5" id={headingId}>
          {phase.phaseName}
        </Title>
        <Text size="sm" c="dimmed">
          {phase.answers ? t('evaluations.summary.answers', { count: phase.answers }) : t('evaluations.summary.noAnswers')}
        </Text>
      </Group>
      {phase.tooFew ? (
        phase.answers > 0 && (
          <Text size="sm" c="dimmed" fs="italic">
            {t('evaluations.summary.tooFew')}
          </Text>
        )
      ) : (
        <>
          <Table verticalSpacing={6} fz="sm" maw={760}>
            <Table.Caption className="visually-hidden">
              {t('evaluations.summary.caption', { phase: phase.phaseName, number: version })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluations.summary.question')}</Table.Th>
                <Table.Th w={80} ta="right">
                  {t('evaluations.summary.average')}
                </Table.Th>
                <Table.Th w={150}>{t('evaluations.summary.distribution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {phase.questions.map((q) => (
                <Table.Tr key={q.question}>
                  <Table.Td>{t(`evaluations.questions.${q.question}`)}</Table.Td>
                  <Table.Td ta="right" fw={600} c={q.average !== null && q.average < 3 ? 'red.8' : undefined}>
                    {q.average !== null ? decimal(q.average, i18n.language) : '–'}
                  </Table.Td>
                  <Table.Td>
                    <Distribution summary={q} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SimpleGrid cols={{ base: 1, md: 2 }} maw={960}>
            <Texts title={t('evaluations.summary.good')} texts={phase.good} />
            <Texts title={t('evaluations.summary.improve')} texts={phase.improve} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** Program › Utvärdering: what the hires said at the end of each phase, per version, without names. */
export function EvaluationTab({ templateId }: { templateId: number }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<EvaluationSummary | null>(null);
  const [error, setError] = useState<string>();
  const read = useCallback(
    () =>
      loadEvaluationSummary(templateId).then(
        (s) => {
          setSummary(s);
          setError(undefined);
        },
        (e: unknown) => setError(messageOf(e)),
      ),
    [templateId],
  );
  useEffect(() => void read(), [read]);

  if (error) return <LoadFailed title={t('evaluations.summary.loadFailed')} message={error} onRetry={() => void read()} />;
  if (!summary) return <Loading />;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="evaluation-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="evaluation-heading">
            {t('evaluations.summary.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('evaluations.summary.text', { min: summary.minAnswers })}
          </Text>
        </div>
        {summary.versions.length === 0 ? (
          <Text size="sm">{t('evaluations.summary.empty')}</Text>
        ) : (
          summary.versions.map((v) => (
            <Stack key={v.versionId} gap="md">
              <Title order={3} size="h5" c="dimmed">
                {t('evaluations.summary.version', { number: v.number })}
                {v.publishedAt ? `, ${t('evaluations.summary.published', { date: instantDate(v.publishedAt) })}` : ''}
              </Title>
              {v.phases.map((p) => (
                <PhaseBlock key={p.phaseId} phase={p} version={v.number} headingId={`evaluation-${v.versionId}-${p.phaseId}`} />
              ))}
            </Stack>
          ))
        )}
      </Stack>
    </Paper>
  );
}
