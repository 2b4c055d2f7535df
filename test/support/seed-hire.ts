import type { Api } from '../../electron/shared/api';
import type { HireSummary } from '../../electron/shared/schemas/plan';
import { valueOf } from './app-per-test';

export const SEED_PEOPLE = {
  manager: 'Anna Lindqvist',
  introducer: 'Maria Nilsson',
  administrator: 'Lena Karlsson',
} as const;

/**
 * Staff (a manager, an introducer, an administrator), the manager as the current user, and one
 * hire on the default programme. For test set-up through the same API the page uses.
 */
export async function seedHire(
  api: Api,
  hire: { name?: string; startDate?: string; team?: string; newlyGraduated?: boolean; withIntroducer?: boolean } = {},
): Promise<HireSummary> {
  const existing = await valueOf(api.staff.listPeople());
  const ensure = async (name: string, role: 'manager' | 'introducer' | 'administrator') =>
    existing.find((p) => p.name === name) ??
    (await valueOf(api.staff.createPerson({ name, title: '', team: 'Barn och familj', phone: '', email: '', roles: [role] })));
  const manager = await ensure(SEED_PEOPLE.manager, 'manager');
  const introducer = await ensure(SEED_PEOPLE.introducer, 'introducer');
  await ensure(SEED_PEOPLE.administrator, 'administrator');
  await valueOf(api.session.setCurrentUser({ personId: manager.id }));
  const [programme] = await valueOf(api.templates.listTemplates());
  return valueOf(
    api.hires.createHire({
      hire: {
        name: hire.name ?? 'Sofia Berg',
        title: 'Socialsekreterare',
        team: hire.team ?? 'Barn och familj',
        startDate: hire.startDate ?? '2026-10-05',
        managerId: manager.id,
        introducerId: hire.withIntroducer === false ? null : introducer.id,
        newlyGraduated: hire.newlyGraduated ?? true,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    }),
  );
}

/** Makes the named person in the staff directory the one working, as if they had picked themselves. */
export async function workAs(api: Api, name: string): Promise<void> {
  const person = (await valueOf(api.staff.listPeople())).find((p) => p.name === name);
  if (!person) throw new Error(`No person named ${name} in the staff directory`);
  await valueOf(api.session.setCurrentUser({ personId: person.id }));
}
