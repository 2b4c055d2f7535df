import { z } from 'zod';

/**
 * The programme's part of the competence plan: what each level Nivå 1–4 means and which trainings
 * it recommends. Defaults are Kiruna's text (seed 003 ~L2951–3031), shortened; every municipality
 * may write its own.
 */
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');

export const levelTextSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  title: required(100),
  description: text(4000),
  trainings: z.array(z.strictObject({ name: required(200), provider: text(200) })).max(50),
});

export const KIRUNA_LEVELS: z.infer<typeof levelTextSchema>[] = [
  {
    level: 1,
    title: 'Nivå 1: nyanställd 0–2 år',
    description:
      'Introduktions- och inskolningsperioden, obligatorisk för alla som börjar på IFO och individuell: den som har erfarenhet kan gå igenom nivån snabbare. ' +
      'Socialsekreteraren skolas sakta men säkert in i yrkesrollen ("skynda långsamt"). Ansvarar så långt som möjligt inte för komplexa ärenden, ' +
      'har kontinuerligt stöd och en medhandläggare. Deltar inte i fördjupade utbildningar eller samverkansgrupper.',
    trainings: [
      { name: 'Journalföring', provider: '' },
      { name: 'BBIC', provider: 'Socialstyrelsen' },
      { name: 'Signs of Safety', provider: '' },
      { name: 'Motiverande samtal (MI)', provider: '' },
    ],
  },
  {
    level: 2,
    title: 'Nivå 2: 3–5 år',
    description:
      'Tar svårare ärenden och större ansvar och ingår i samverkansgrupper. Behov av kompetensutveckling klargörs i medarbetarsamtalet, ' +
      't.ex. fördjupning i barnsamtal eller handläggning av försörjningsstöd. Kan vara medhandläggare åt kollegor på nivå 1 och har reflektionsträffar.',
    trainings: [
      { name: 'Fördjupning i barnsamtal', provider: '' },
      { name: 'Handläggning av försörjningsstöd, fördjupning', provider: '' },
    ],
  },
  {
    level: 3,
    title: 'Nivå 3: 5 år i yrket',
    description:
      'Fördjupning eller specialisering i ett relevant ämne, arbete i projekt, att förbereda och hålla en föreläsning eller fortbildning för kollegor ' +
      'och att leda reflektionsträffar för handläggare på nivå 2.',
    trainings: [],
  },
  {
    level: 4,
    title: 'Nivå 4: minst 7 år i yrket',
    description: 'Möjlighet att söka tjänst som specialistsocionom när en sådan blir ledig (förslag i Kirunas modell).',
    trainings: [],
  },
];

/** Four levels, each once, in order. */
export const competenceTemplateSchema = z
  .array(levelTextSchema)
  .length(4, 'validation.fourLevels')
  .refine((levels) => levels.every((l, i) => l.level === i + 1), 'validation.fourLevels')
  .default(KIRUNA_LEVELS);
export type CompetenceTemplate = z.infer<typeof competenceTemplateSchema>;
