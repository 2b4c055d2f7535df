import { Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCE_BUDGET_KR } from '../../../../electron/shared/schemas/preferences';
import { useCompetenceBudgetStore } from '../../stores/competence';
import { PreferenceNumberForm } from '../common/PreferenceNumberForm';
import { SectionCard } from '../common/SectionCard';
import { kronor as formatKronor } from '../../lib/kronor';

/** The amount per employee and year, and per year what the competence plans have planned and spent against it. */
export function CompetenceBudgetCard() {
  const { t, i18n } = useTranslation();
  const budget = useCompetenceBudgetStore((s) => s.budget.data);
  useEffect(() => void useCompetenceBudgetStore.getState().load(), []);
  const kronor = (value: number) => formatKronor(value, t, i18n.language);
  const years = budget?.years.filter((y) => y.hires > 0 || y.planned > 0 || y.spent > 0) ?? [];
  return (
    <SectionCard headingId="competence-budget" title={t('competence.budget.title')} intro={t('competence.budget.text')}>
      <PreferenceNumberForm
        field="competenceBudgetKr"
        label={t('competence.budget.perEmployee')}
        hint={t('competence.budget.perEmployeeHint')}
        min={COMPETENCE_BUDGET_KR.min}
        max={COMPETENCE_BUDGET_KR.max}
        rangeMessage={t('competence.budget.range')}
        save={(amount) => useCompetenceBudgetStore.getState().setPerEmployee(amount)}
        saved={(amount) => t('competence.budget.saved', { amount: kronor(amount) })}
      />
      {years.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competence.budget.empty')}
        </Text>
      ) : (
        <Table aria-label={t('competence.budget.table')} maw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competence.budget.year')}</Table.Th>
              <Table.Th ta="right">{t('competence.budget.hires')}</Table.Th>
              <Table.Th ta="right">{t('competence.budget.amount')}</Table.Th>
              <Table.Th ta="right">{t('competence.budget.planned')}</Table.Th>
              <Table.Th ta="right">{t('competence.budget.spent')}</Table.Th>
              <Table.Th ta="right">{t('competence.budget.left')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => {
              const left = y.budget - y.planned - y.spent;
              return (
                <Table.Tr key={y.year}>
                  <Table.Td>{y.year}</Table.Td>
                  <Table.Td ta="right">{y.hires}</Table.Td>
                  <Table.Td ta="right">{kronor(y.budget)}</Table.Td>
                  <Table.Td ta="right">{kronor(y.planned)}</Table.Td>
                  <Table.Td ta="right">{kronor(y.spent)}</Table.Td>
                  <Table.Td ta="right" c={left < 0 ? 'red.8' : undefined} fw={left < 0 ? 700 : undefined}>
                    {left < 0 ? `${t('competence.budget.over')}: ${kronor(-left)}` : kronor(left)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
