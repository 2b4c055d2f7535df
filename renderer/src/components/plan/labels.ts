import type { TFunction } from 'i18next';
import type { ItemStatus, PlanItemView, PlanPhase } from '../../../../electron/shared/schemas/plan';

export const STATUS_COLOR: Record<ItemStatus, string> = {
  todo: 'gray',
  done: 'green',
  followedUp: 'teal',
  notApplicable: 'dark',
};

const PHASE_COLORS = ['blue', 'grape', 'teal', 'orange', 'pink', 'cyan', 'lime', 'indigo'] as const;

/** The same colour for a phase wherever it appears (checklist heading, schedule bands). */
export const phaseColor = (phases: readonly PlanPhase[], phaseId: string) =>
  PHASE_COLORS[
    Math.max(
      0,
      phases.findIndex((p) => p.id === phaseId),
    ) % PHASE_COLORS.length
  ]!;

export const isChecked = (status: ItemStatus) => status === 'done' || status === 'followedUp';

/** "Introduktör: Maria Nilsson"; `person` is null when the role is unfilled for this hire. */
export function responsibleParts(item: Pick<PlanItemView, 'responsible' | 'responsiblePerson'>, t: TFunction) {
  const { responsible, responsiblePerson } = item;
  if (responsible.kind === 'person') return { role: null, person: responsiblePerson?.name ?? responsible.name };
  return { role: t(`plans.roles.${responsible.role}`), person: responsiblePerson?.name ?? null };
}
