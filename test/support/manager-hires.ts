import type { Channel, Input, Output } from '../../electron/shared/contract';

/** Calls a handler and returns its value (the harness's `must`, or a soak desk's). */
type Must = { must: <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>> };

/** Anna Lindqvist, a manager, working; and the default programme to make plans from. */
export async function workingManager(h: Must) {
  const anna = await h.must('staff:create-person', {
    name: 'Anna Lindqvist',
    title: '',
    team: '',
    phone: '',
    email: '',
    roles: ['manager'],
  });
  await h.must('session:set-current-user', { personId: anna.id });
  const [programme] = await h.must('templates:list-templates', {});
  return { anna, programme: programme! };
}

/**
 * Anna Lindqvist, a manager, working, and her new graduates on the default programme without an
 * introducer: the set-up of the db tests of one hire's follow-up (check-ins, evaluations, groups).
 */
export async function managerWithHires(h: Must, startDate: string, names = ['Sara Berg']) {
  const { anna, programme } = await workingManager(h);
  const hires = [];
  for (const name of names)
    hires.push(
      await h.must('hires:create-hire', {
        hire: {
          name,
          title: '',
          team: '',
          startDate,
          managerId: anna.id,
          introducerId: null,
          newlyGraduated: true,
          templateVersionId: programme.versions[0]!.id,
        },
        leaveOut: [],
        ownItems: [],
      }),
    );
  return { anna, hires, programme };
}
