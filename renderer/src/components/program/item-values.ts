import { RESPONSIBLE_ROLES, type Item, type ResponsibleRole } from '../../../../electron/shared/schemas/template';
import { numberOrEmpty } from '../../lib/validate';
import { windowInput, type WindowValues } from './WindowFields';

/** An item while its form is open: flat, with number fields that may be empty. */
export interface ItemValues {
  id: string;
  title: string;
  phaseId: string;
  instructions: string;
  window: WindowValues;
  expectedMinutes: number | string;
  responsibleKind: 'role' | 'person';
  role: ResponsibleRole;
  personId: number | null;
  personName: string;
  category: string;
  required: boolean;
  appliesKind: Item['appliesTo']['kind'];
  team: string;
}

export function itemValues(item: Item): ItemValues {
  const { responsible: r, appliesTo: a } = item;
  return {
    id: item.id,
    title: item.title,
    phaseId: item.phaseId,
    instructions: item.instructions,
    window: { ...item.window },
    expectedMinutes: item.expectedMinutes,
    responsibleKind: r.kind,
    role: r.kind === 'role' ? r.role : RESPONSIBLE_ROLES[0],
    personId: r.kind === 'person' ? r.personId : null,
    personName: r.kind === 'person' ? r.name : '',
    category: item.category,
    required: item.required,
    appliesKind: a.kind,
    team: a.kind === 'team' ? a.team : '',
  };
}

export function blankItem(phaseId: string, window: WindowValues): ItemValues {
  return {
    id: '',
    title: '',
    phaseId,
    instructions: '',
    window: { ...window },
    expectedMinutes: 60,
    responsibleKind: 'role',
    role: 'manager',
    personId: null,
    personName: '',
    category: '',
    required: true,
    appliesKind: 'everyone',
    team: '',
  };
}

/** What the item schema checks; a new item gets its real id when it is saved. */
export function itemInput(v: ItemValues) {
  return {
    id: v.id || 'ny-punkt',
    phaseId: v.phaseId,
    title: v.title,
    instructions: v.instructions,
    window: windowInput(v.window),
    expectedMinutes: numberOrEmpty(v.expectedMinutes),
    responsible:
      v.responsibleKind === 'role' ? { kind: 'role', role: v.role } : { kind: 'person', personId: v.personId, name: v.personName },
    category: v.category,
    required: v.required,
    appliesTo: v.appliesKind === 'team' ? { kind: 'team', team: v.team } : { kind: v.appliesKind },
  };
}
