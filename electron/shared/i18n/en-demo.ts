import type { Texts } from './texts';
import type { svDemo } from './sv-demo';

export const enDemo: Texts<typeof svDemo> = {
  title: 'Example database',
  text: 'Want to try Introplan without real data? Create an example database with the default programme and invented staff in a folder you choose. Introplan switches to it until you switch back or restart. Your own database is not touched.',
  create: 'Create example database …',
  banner: 'You are trying the example database. What you change now is not saved in your own database.',
  backToOwn: 'Back to my database',
  dialog: 'Choose a folder for the example database',
  exists: 'There is already a database (introplan.db) in {{folder}}. It will not be overwritten; choose another folder.',
};
