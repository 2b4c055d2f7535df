import type { TFunction } from 'i18next';
import type { HireFields } from '../../../../electron/shared/schemas/plan';
import type { Person } from '../../../../electron/shared/schemas/staff';
import type { FieldErrors } from '../../lib/validate';

/** The new-hire form while it is being filled in: people and programme may still be unchosen. */
export interface HireDraft extends Omit<HireFields, 'managerId' | 'templateVersionId'> {
  managerId: number | null;
  templateVersionId: number | null;
}

/** An empty form; the job title starts as the usual one, in the UI's language. */
export const emptyDraft = (t: TFunction): HireDraft => ({
  name: '',
  title: t('hires.fields.defaultTitle'),
  team: '',
  startDate: '',
  managerId: null,
  introducerId: null,
  coordinatorId: null,
  newlyGraduated: true,
  templateVersionId: null,
});

/** Fills what the user has not chosen: the newest programme, and the current user when they are a manager. */
export function withDefaults(draft: HireDraft, defaults: { programmeId?: number; currentUser: Person | null }): HireDraft {
  const user = defaults.currentUser;
  return {
    ...draft,
    templateVersionId: draft.templateVersionId ?? defaults.programmeId ?? null,
    managerId: draft.managerId ?? (user?.roles.includes('manager') ? user.id : null),
  };
}

/** The fields as the schema checks them; an unchosen person or programme is 0, which it refuses. */
export const draftInput = (draft: HireDraft) => ({
  ...draft,
  managerId: draft.managerId ?? 0,
  templateVersionId: draft.templateVersionId ?? 0,
});

/** "Choose one" for the selects still unchosen: clearer than the schema's message about an id. */
export function unchosen(draft: HireDraft, t: TFunction): FieldErrors {
  return {
    ...(draft.managerId === null && { managerId: t('hires.form.managerRequired') }),
    ...(draft.templateVersionId === null && { templateVersionId: t('hires.form.programmeRequired') }),
  };
}
