/** What a soak desk tells the orchestrator, one JSON line each on stdout (written synchronously). */
export type SoakChange =
  | { kind: 'create'; hire: string; name: string }
  | { kind: 'tick'; hire: string; item: string }
  | { kind: 'followUp'; hire: string; item: string }
  | { kind: 'hours'; hire: string; entry: string }
  | { kind: 'move'; hire: string; date: string }
  | { kind: 'erase'; hire: string; name: string };

export type SoakLine =
  | { t: 'ready'; desk: number }
  /** A change is about to be made (it may land even if the desk dies before saying so). */
  | { t: 'begin'; desk: number; change: SoakChange }
  /** The handler returned ok: its transaction committed. */
  | { t: 'ack'; desk: number; change: SoakChange }
  | {
      t: 'pass';
      desk: number;
      started: number;
      ended: number;
      reached: boolean;
      received: number;
      written: number;
      setAside: string[];
      /** Other desks' files (relative to the desk's view) whose changes reached SQLite in this pass, and when. */
      taken: { file: string; at: number }[];
      conflicts: number;
    }
  | { t: 'error'; desk: number; message: string };

export interface SoakDeskArgs {
  desk: number;
  file: string;
  view: string;
  migrationsFolder: string;
  seed: number;
  /** work: random changes and a look at the folder every `pollMs`; settle: only looks. */
  mode: 'work' | 'settle';
  pollMs: number;
}

export function parseSoakLines(text: string): SoakLine[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as SoakLine];
      } catch {
        return []; // the last line of a killed desk may be cut off
      }
    });
}
