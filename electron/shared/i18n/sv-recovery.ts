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
    structure: 'Databasfilen saknar tabeller eller kolumner som den ska ha, så den skulle ge fel i appen. Introplan har inte ändrat den.',
    empty:
      'Databasfilen är tom (0 byte), men det finns säkerhetskopior. Introplan har inte börjat om med en tom databas, så inget av det i kopiorna döljs.',
    'not-found': 'Databasfilen saknas, men det finns säkerhetskopior. Introplan har inte börjat om med en tom databas.',
    busy: 'Databasen används av ett annat program just nu (till exempel ett program som läser eller säkerhetskopierar filen). Filen är inte skadad. Stäng det andra programmet och försök igen.',
    'in-use':
      'Databasen är redan öppen i ett annat Introplan (på den här datorn, kanske under en annan inloggning). Två program får inte skriva i samma fil. Stäng det andra Introplan och försök igen.',
    'read-only':
      'Databasfilen eller mappen den ligger i är skrivskyddad, så Introplan kan inte spara något. Filen är inte skadad. Ta bort skrivskyddet (eller be den som sköter datorn om det) och försök igen.',
    'no-permission':
      'Ditt konto på datorn har inte behörighet att läsa databasfilen. Filen är inte skadad. Be den som sköter datorn om behörighet och försök igen.',
    'is-folder':
      'Där databasfilen ska ligga finns en mapp med samma namn. Introplan har inte ändrat den. Byt namn på mappen eller flytta den, och försök igen.',
    'disk-full': 'Disken är full, så databasen kan inte öppnas för att spara. Filen är inte skadad. Frigör utrymme och försök igen.',
    unreadable:
      'Databasfilen kunde inte läsas (disken eller nätverket svarade inte som väntat). Den har inte kontrollerats och inte ändrats. Försök igen; hjälper det inte, kontakta den som sköter datorn.',
    'wrong-wal':
      'Bredvid databasfilen ligger en loggfil (-wal) som hör till en annan databas. Introplan har inte använt eller ändrat någon av dem. Din egen fil är hel: flytta undan loggfilen så öppnas den.',
  },
  retry: 'Försök igen',
  damageFound:
    'Introplan har hittat fel i databasfilen vid en kontroll i bakgrunden. Det du ser kan vara ofullständigt, och det du ändrar nu kan gå förlorat. Gå till återställningen och ta i bruk den senaste hela säkerhetskopian.',
  showRecovery: 'Gå till återställningen',
  stillUnavailable: 'Databasen kunde fortfarande inte öppnas.',
  setAsideWal: 'Flytta undan loggfilen och öppna',
  setAsideDone: 'Loggfilen finns kvar som {{name}}.',
  startEmpty: 'Börja med en tom databas…',
  startEmptyTitle: 'Börja med en tom databas?',
  startEmptyText:
    'Introplan skapar en ny, tom databas. Säkerhetskopiorna finns kvar och kan återställas senare under Inställningar → Säkerhetskopior. Den tomma filen behålls under ett nytt namn.',
  otherConnection:
    'Databasen är öppen i ett annat program just nu. Att byta ut filen då skulle ta bort det programmets ändringar. Stäng det andra programmet och försök igen. Inget har ändrats.',
  fileLabel: 'Filen',
  technical: 'Teknisk information (till den som hjälper dig)',
  restoreTitle: 'Återställ en säkerhetskopia',
  restoreText:
    'Välj den senaste säkerhetskopian som är hel. Filen som inte går att använda flyttas undan och får ett nytt namn i samma mapp – den raderas inte.',
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
