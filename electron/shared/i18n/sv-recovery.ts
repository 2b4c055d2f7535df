/** The screen shown instead of the app when the user's own database cannot be opened. */
export const svRecovery = {
  unavailable: 'Databasen är inte öppen. Återställ en säkerhetskopia eller öppna en annan databasfil först.',
  notNeeded: 'Din databas går att öppna; återställ i stället under Inställningar → Säkerhetskopior.',
  sameFile: 'Det är den skadade filen. Välj en annan fil.',
  chooseBackup: 'Välj en säkerhetskopia att återställa',
  chooseOther: 'Öppna en annan Introplan-databas',
  title: 'Databasen kan inte öppnas',
  kind: {
    damaged: 'Databasfilen är skadad. Introplan har inte ändrat eller försökt laga den, så inget mer går förlorat.',
    foreign: 'Filen är ingen Introplan-databas. Introplan har inte ändrat den.',
  },
  fileLabel: 'Filen',
  technical: 'Teknisk information (till den som hjälper dig)',
  restoreTitle: 'Återställ en säkerhetskopia',
  restoreText:
    'Välj den senaste säkerhetskopian som är hel. Den skadade filen flyttas undan och får ett nytt namn i samma mapp – den raderas inte.',
  folderLabel: 'Säkerhetskopior i',
  noBackups:
    'Det finns inga säkerhetskopior i standardmappen. Har du valt en annan mapp (till exempel på en nätverksenhet) väljer du filen där.',
  restore: 'Återställ…',
  restoreFromFile: 'Välj säkerhetskopia från en annan plats…',
  confirmTitle: 'Återställ säkerhetskopian?',
  confirmText:
    'Introplan tar i bruk säkerhetskopian från {{when}}. Det som ändrats efter den finns inte med. Den skadade filen behålls under ett nytt namn.',
  confirmFileText:
    'Introplan kontrollerar filen du väljer och tar den i bruk om den är hel. Den skadade filen behålls under ett nytt namn.',
  confirm: 'Återställ',
  restored: 'Säkerhetskopian är återställd. Den skadade filen finns kvar som {{name}}.',
  otherTitle: 'Öppna en annan databasfil',
  otherText: 'Har du en kopia av databasen någon annanstans kan du arbeta i den. Din egen fil lämnas orörd.',
  openOther: 'Öppna annan fil…',
  quit: 'Avsluta Introplan',
  chosenBanner: 'Din egen databas kunde inte öppnas. Du arbetar nu i en annan fil: {{file}}.',
  backToRecovery: 'Tillbaka till återställningen',
};
