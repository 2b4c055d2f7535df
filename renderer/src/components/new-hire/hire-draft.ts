import type { TFunction } from 'i18next';
import { hireFields, type HireFields } from '../../../../electron/shared/schemas/plan';
import type { Person } from '../../../../electron/shared/schemas/staff';
import { validate, type FieldErrors } from '../../lib/validate';

/** The new-hire form while it is being filled in: people and programme may still be unchosen. */
export interface HireDraft extends Omit<HireFields, 'managerId' | 'templateVersionId'> {
  managerId: number | null;
  templateVersionId: number | null;
}

export const emptyDraft: HireDraft = {
  name: '',
  title: 'Socialsekreterare',
  team: '',
  startDate: '',
  managerId: null,
  introducerId: null,
  newlyGraduated: true,
  templateVersionId: null,
};

/** Fills what the user has not chosen: the newest programme, and the current user when they are a manager. */
export function withDefaults(draft: HireDraft, defaults: { programmeId?: number; currentUser: Person | null }): HireDraft {
  const user = defaults.currentUser;
  return {
    ...draft,
    templateVersionId: draft.templateVersionId ?? defaults.programmeId ?? null,
    managerId: draft.managerId ?? (user?.roles.includes('manager') ? user.id : null),
  };
}

/** The same zod schema main uses, with "choose one" messages for the unchosen selects. */
export function checkDraft(draft: HireDraft, t: TFunction): { ok: true; fields: HireFields } | { ok: false; errors: FieldErrors } {
  const checked = validate(hireFields, { ...draft, managerId: draft.managerId ?? 0, templateVersionId: draft.templateVersionId ?? 0 }, (key) =>
    t(key as never),
  );
  if (checked.ok) return { ok: true, fields: checked.data };
  const errors = { ...checked.errors };
  if (draft.managerId === null) errors.managerId = t('hires.form.managerRequired');
  if (draft.templateVersionId === null) errors.templateVersionId = t('hires.form.programmeRequired');
  return { ok: false, errors };
}
