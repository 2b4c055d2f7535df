import type { Db } from '../../../../db/client';
import { getBinderSettings, logoData } from '../../../../db/queries/binder-settings';
import { sessionsOf, type SessionRow } from '../../../../db/queries/reflection';
import { getPerson, listPeople } from '../../../../db/queries/staff';
import { attachmentData } from '../../../../db/queries/templates';
import { sv } from '../../../shared/i18n/sv';
import { importantContacts, type ContactLine, type OwnContact } from '../../../shared/rules/binder-contacts';
import type { IsoDate } from '../../../shared/rules/days';
import { ordinaryGroupFrom } from '../../../shared/rules/reflection';
import type { BinderVariant } from '../../../shared/schemas/binder';
import type { HireView, PersonRef, PlanItemView, PlanPhase, WeekRow } from '../../../shared/schemas/plan';
import type { StaffRole } from '../../../shared/schemas/staff';
import type { TemplateContent } from '../../../shared/schemas/template';
import { hireOrFail, planOf, scheduleOf } from '../plans';
import { competenceOfHire } from '../competence';
import type { HireCompetence } from '../../../shared/schemas/competence';

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

export interface BinderData {
  variant: BinderVariant;
  today: IsoDate;
  printedOn: IsoDate;
  municipality: string;
  unit: string;
  /** Bytes as Uint8Array: the data crosses to the binder worker by structured clone, which keeps no Buffer. */
  logo: { mediaType: string; data: Uint8Array } | null;
  hire: HireView;
  content: TemplateContent;
  phases: PlanPhase[];
  /** In plan order; the day-one binder leaves out items that do not apply to this hire. */
  items: PlanItemView[];
  leftOut: number;
  manager: Contact | null;
  introducer: Contact | null;
  /** The first person in the directory holding each support role, as the plan resolves them. */
  supportStaff: { role: StaffRole; person: Contact }[];
  /** "Dina kontaktpersoner": manager, introducer and the support roles, with the role's Swedish name. */
  ownContacts: OwnContact[];
  /** "Viktiga kontakter": the municipality's numbers and the programme's contacts, without repeats (rules/binder-contacts). */
  importantContacts: ContactLine[];
  introducerSlot: { weekday: number; time: string };
  weeks: WeekRow[];
  sessions: SessionRow[];
  ordinaryGroupFrom: IsoDate | null;
  competence: HireCompetence;
  /** The binder documents with an attached file, each file once, with its bytes. */
  attachments: { attachmentId: string; title: string; fileName: string; data: Uint8Array }[];
}

const SUPPORT_ROLES: StaffRole[] = ['administrator', 'bbic', 'it', 'hr'];

function contactOf(db: Db, ref: PersonRef | null): Contact | null {
  if (!ref) return null;
  const person = getPerson(db, ref.id);
  return { name: ref.name, phone: person?.phone ?? '', email: person?.email ?? '' };
}

/** Everything the binder prints, read in one go so the document definition is pure. */
export function gatherBinderData(db: Db, hireId: number, variant: BinderVariant, today: IsoDate, printedOn: IsoDate): BinderData {
  const row = hireOrFail(db, hireId);
  const { hire, phases, items, content } = planOf(db, hireId, today);
  const settings = getBinderSettings(db);
  const staff = listPeople(db);
  const shown = variant === 'dayOne' ? items.filter((i) => i.status !== 'notApplicable') : items;
  const documents = content.binder.documents.filter((d) => d.attachmentId);
  const files = new Map(
    attachmentData(
      db,
      documents.map((d) => d.attachmentId!),
    ).map((a) => [a.id, a]),
  );
  const manager = contactOf(db, hire.manager);
  const introducer = contactOf(db, hire.introducer);
  const supportStaff = SUPPORT_ROLES.flatMap((role) => {
    const holder = staff.find((p) => p.roles.includes(role));
    return holder ? [{ role, person: { name: holder.name, phone: holder.phone, email: holder.email } }] : [];
  });
  const ownContacts: OwnContact[] = [
    { role: sv.roles.manager, person: manager },
    { role: sv.roles.introducer, person: introducer },
    // The samordnare follows the whole introduction (seed 003 ~L2573); the unit's when the hire has none.
    ...(hire.coordinator ? [{ role: sv.roles.coordinator, person: contactOf(db, hire.coordinator) }] : []),
    ...supportStaff.map((s) => ({ role: sv.roles[s.role], person: s.person })),
  ];
  const seen = new Set<string>();
  const attachments: BinderData['attachments'] = [];
  for (const document of documents) {
    const file = files.get(document.attachmentId!);
    if (!file || seen.has(file.id)) continue;
    seen.add(file.id);
    attachments.push({ attachmentId: file.id, title: document.title, fileName: file.fileName, data: file.data });
  }
  return {
    variant,
    today,
    printedOn,
    municipality: settings.municipality,
    unit: settings.unit,
    logo: logoData(db),
    hire,
    content,
    phases,
    items: shown,
    leftOut: items.length - shown.length,
    manager,
    introducer,
    supportStaff,
    ownContacts,
    importantContacts: importantContacts({
      common: settings.numbers,
      programme: content.binder.contacts,
      own: ownContacts,
      directory: staff,
    }),
    introducerSlot: { weekday: row.introducerWeekday, time: row.introducerTime },
    weeks: scheduleOf(db, { hire, phases, items: shown, content, today }),
    sessions: sessionsOf(db, hireId).filter((s) => variant === 'full' || s.status !== 'cancelled'),
    ordinaryGroupFrom: ordinaryGroupFrom(content.norms.reflection, hire.startDate),
    competence: competenceOfHire(db, row),
    attachments,
  };
}
