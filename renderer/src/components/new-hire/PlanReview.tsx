import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lookupIn, responsibleResolver } from '../../../../electron/shared/rules/responsible';
import type { HireFields, OwnItemFields, PlanPreview } from '../../../../electron/shared/schemas/plan';
import { useStaffStore } from '../../stores/staff';
import { LeftOutList } from './LeftOutList';
import { OwnItemsSection } from './OwnItemsSection';
import { PhaseReview } from './PhaseReview';

interface Props {
  preview: PlanPreview;
  fields: HireFields;
  leaveOut: ReadonlySet<string>;
  onToggle: (templateItemId: string, include: boolean) => void;
  ownItems: OwnItemFields[];
  onOwnItemsChange: (items: OwnItemFields[]) => void;
}

/** Step 2: the plan the programme gives this hire; the manager leaves items out and adds their own. */
export function PlanReview({ preview, fields, leaveOut, onToggle, ownItems, onOwnItemsChange }: Props) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  const included = preview.items.filter((i) => !leaveOut.has(i.templateItemId)).length;
  return (
    <Stack gap="md">
      <Text aria-live="polite">
        {t('hires.review.summary', { count: included, total: preview.items.length })}{' '}
        {leaveOut.size > 0 && t('hires.review.summaryLeftOut', { count: leaveOut.size })}
      </Text>
      {fields.introducerId === null && (
        <Alert color="orange" title={t('hires.missingIntroducer')}>
          {t('hires.review.noIntroducerText')}
        </Alert>
      )}
      {preview.phases.map((phase) => (
        <PhaseReview
          key={phase.id}
          phase={phase}
          items={preview.items.filter((i) => i.phaseId === phase.id)}
          leaveOut={leaveOut}
          onToggle={onToggle}
        />
      ))}
      <OwnItemsSection
        phases={preview.phases}
        items={ownItems}
        onChange={onOwnItemsChange}
        resolve={responsibleResolver(fields, lookupIn(people))}
      />
      <LeftOutList leftOut={preview.leftOut} />
    </Stack>
  );
}
