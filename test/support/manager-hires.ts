import type { handlerHarness } from './handler-context';

type Harness = ReturnType<typeof handlerHarness>;

/**
 * Anna Lindqvist, a manager, working, and her new graduates on the default programme without an
 * introducer: the set-up of the db tests of one hire's follow-up (check-ins, evaluations, groups).
 */
export async function managerWithHires(h: Harness, startDate: string, names = ['Sara Berg']) {
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
          templateVersionId: programme!.versions[0]!.id,
        },
        leaveOut: [],
        ownItems: [],
      }),
    );
  return { anna, hires, programme: programme! };
}
