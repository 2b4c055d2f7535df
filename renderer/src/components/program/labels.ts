import type { TFunction } from 'i18next';
import type { Language } from '../../../../electron/shared/schemas/preferences';
import type { AppliesTo, Responsible } from '../../../../electron/shared/schemas/template';

export const responsibleLabel = (r: Responsible, t: TFunction) => (r.kind === 'role' ? t(`program.responsible.${r.role}`) : r.name);

export const appliesLabel = (a: AppliesTo, t: TFunction) =>
  a.kind === 'team' ? t('program.item.appliesTeam', { team: a.team }) : t(`program.item.appliesKinds.${a.kind}`);

/** The UI language as the shared rules know it. */
export const ruleLanguage = (language: string): Language => (language === 'en' ? 'en' : 'sv');
