/** Texts for the example database (Inställningar and `npm run demo`). */
export const svDemo = {
  title: 'Exempeldatabas',
  text: 'Vill du prova Introplan utan riktiga uppgifter? Skapa en exempeldatabas med standardprogrammet och påhittad personal i en mapp du väljer. Introplan byter till den tills du byter tillbaka eller startar om. Din egen databas påverkas inte.',
  create: 'Skapa exempeldatabas …',
  banner: 'Du provar exempeldatabasen. Det du ändrar nu sparas inte i din egen databas.',
  backToOwn: 'Tillbaka till min databas',
  dialog: 'Välj mapp för exempeldatabasen',
  exists: 'Det finns redan en databas (introplan.db) i {{folder}}. Den skrivs inte över; välj en annan mapp.',
};
