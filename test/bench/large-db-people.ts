/**
 * The invented department of the large benchmark database: four unit managers, 40 social workers
 * (16 of them introducers), an administrator, IT and HR, and the names of 300 hires. Everything
 * comes from a seeded sequence, so every run builds the same department.
 */
import type { PersonFields } from '../../electron/shared/schemas/staff';

/** A fixed pseudo-random sequence (Park–Miller), so the database is the same on every machine. */
export function seeded(seed: number) {
  let state = seed % 2_147_483_647 || 1;
  const next = () => {
    state = (state * 48_271) % 2_147_483_647;
    return (state - 1) / 2_147_483_646;
  };
  return {
    next,
    /** An integer from `from` to `to`, both included. */
    between: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seeded>;

const FIRST = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Sara',
  'Lena',
  'Karin',
  'Peter',
  'Elin',
  'Ahmed',
  'Linnea',
  'Jonas',
  'Fatima',
  'Per',
  'Emma',
  'Oskar',
  'Ida',
  'Mikael',
  'Hanna',
  'Ali',
  'Sofia',
  'Lars',
  'Amira',
  'Niklas',
  'Johanna',
  'Mats',
  'Camilla',
  'Daniel',
  'Frida',
  'Yusuf',
  'Ebba',
  'Henrik',
  'Maja',
  'Andreas',
  'Leila',
  'Viktor',
  'Malin',
  'Tobias',
  'Nour',
  'Kristina',
];
const LAST = [
  'Lindqvist',
  'Johansson',
  'Nilsson',
  'Pettersson',
  'Eriksson',
  'Karlsson',
  'Holm',
  'Andersson',
  'Sundberg',
  'Hassan',
  'Öberg',
  'Mäkitalo',
  'Ali',
  'Niemi',
  'Berg',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Jonsson',
  'Axelsson',
  'Lundgren',
  'Söderberg',
  'Mohammed',
  'Wikström',
  'Isaksson',
  'Forsberg',
  'Sandberg',
  'Henriksson',
  'Blom',
  'Engström',
  'Lindberg',
  'Hedlund',
  'Nyström',
  'Ström',
  'Åberg',
  'Kaya',
  'Virtanen',
  'Bergström',
];

export const TEAMS = ['Barn och familj', 'Vuxen', 'Försörjningsstöd'] as const;
export type Team = (typeof TEAMS)[number];
/** Half of the hires go to children and families, where turnover is highest. */
export const TEAM_SHARE: [Team, number][] = [
  ['Barn och familj', 0.5],
  ['Vuxen', 0.3],
  ['Försörjningsstöd', 0.2],
];

const person = (name: string, title: string, team: string, n: number, roles: PersonFields['roles']): PersonFields => ({
  name,
  title,
  team,
  phone: `0980-7${String(n).padStart(2, '0')} ${String(10 + (n % 90)).padStart(2, '0')}`,
  email: `${name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '.')}@exempel.se`,
  roles,
});

/** Managers by team (the first one also runs the programme), then the social workers, then the rest. */
export function department(): {
  managers: Record<Team, PersonFields> & { extra: PersonFields };
  workers: (PersonFields & { team: Team })[];
  others: PersonFields[];
} {
  const managers = {
    'Barn och familj': person('Anna Lindqvist', 'Enhetschef', 'Barn och familj', 1, ['manager']),
    Vuxen: person('Erik Johansson', 'Enhetschef', 'Vuxen', 2, ['manager']),
    Försörjningsstöd: person('Camilla Forsberg', 'Enhetschef', 'Försörjningsstöd', 3, ['manager']),
    extra: person('Mats Hedlund', 'Biträdande enhetschef', 'Barn och familj', 4, ['manager']),
  };
  const workers = Array.from({ length: 40 }, (_, k) => {
    const team = TEAMS[k < 20 ? 0 : k < 32 ? 1 : 2];
    // Two in five introduce: 16 introducers over the three teams.
    const roles: PersonFields['roles'] = k % 5 < 2 ? ['introducer'] : k === 2 ? ['bbic'] : [];
    const name = `${FIRST[(k * 7 + 3) % FIRST.length]} ${LAST[(k * 11 + 5) % LAST.length]}`;
    return { ...person(name, 'Socialsekreterare', team, 10 + k, roles), team };
  });
  const others = [
    person('Lena Karlsson', 'Administratör', 'IFO', 60, ['administrator']),
    person('Peter Andersson', 'IT-tekniker', 'IT-enheten', 61, ['it']),
    person('Karin Holm', 'HR-konsult', 'HR', 62, ['hr']),
  ];
  return { managers, workers, others };
}

/** 300 different invented names for the hires (none of them is staff). */
export function hireNames(count: number): string[] {
  const names: string[] = [];
  for (let k = 0; names.length < count; k++) {
    const name = `${FIRST[(k * 13 + 1) % FIRST.length]} ${LAST[(k * 17 + Math.floor(k / LAST.length)) % LAST.length]}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
