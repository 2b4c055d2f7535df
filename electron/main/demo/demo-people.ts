import type { PersonFields } from '../../shared/schemas/staff';

/** Invented staff for the example database; no real person is meant. */
export const DEMO_PEOPLE: PersonFields[] = [
  {
    name: 'Anna Lindqvist',
    title: 'Enhetschef',
    team: 'Barn och familj',
    phone: '0980-700 01',
    email: 'anna.lindqvist@exempel.se',
    roles: ['manager'],
  },
  {
    name: 'Erik Johansson',
    title: 'Enhetschef',
    team: 'Vuxen',
    phone: '0980-700 02',
    email: 'erik.johansson@exempel.se',
    roles: ['manager'],
  },
  {
    name: 'Maria Nilsson',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    phone: '0980-700 11',
    email: 'maria.nilsson@exempel.se',
    roles: ['introducer'],
  },
  {
    name: 'Johan Pettersson',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    phone: '0980-700 12',
    email: 'johan.pettersson@exempel.se',
    roles: ['introducer', 'bbic'],
  },
  {
    name: 'Sara Eriksson',
    title: 'Socialsekreterare',
    team: 'Vuxen',
    phone: '0980-700 13',
    email: 'sara.eriksson@exempel.se',
    roles: ['introducer'],
  },
  {
    name: 'Lena Karlsson',
    title: 'Administratör',
    team: 'IFO',
    phone: '0980-700 20',
    email: 'lena.karlsson@exempel.se',
    roles: ['administrator'],
  },
  {
    name: 'Peter Andersson',
    title: 'IT-tekniker',
    team: 'IT-enheten',
    phone: '0980-700 30',
    email: 'peter.andersson@exempel.se',
    roles: ['it'],
  },
  {
    name: 'Ulrika Lantto',
    title: 'Specialistsocionom, samordnare',
    team: 'IFO',
    phone: '0980-700 14',
    email: 'ulrika.lantto@exempel.se',
    roles: ['coordinator'],
  },
  {
    name: 'Henrik Sarri',
    title: 'Specialistsocionom, samordnare Vuxen',
    team: 'Vuxen',
    phone: '0980-700 15',
    email: 'henrik.sarri@exempel.se',
    // Named samordnare for team Vuxen's hires only; the unit's is the directory's (Ulrika).
    roles: [],
  },
  { name: 'Karin Holm', title: 'HR-konsult', team: 'HR', phone: '0980-700 40', email: 'karin.holm@exempel.se', roles: ['hr'] },
];
