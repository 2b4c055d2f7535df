import type { Db } from '../../../db/client';
import { checkInsOf } from '../../../db/queries/check-ins';
import type { HireRow } from '../../../db/queries/hires';
import { checkInDate, checkInStatus } from '../../shared/rules/check-ins';
import type { IsoDate } from '../../shared/rules/days';
import type { CheckInView } from '../../shared/schemas/check-ins';
import { calendarOf, everyone, templateOf } from './plans';

/** The hire's check-ins: each checkpoint of their programme version on its day, with what was recorded. */
export function checkInsOfHire(db: Db, hire: HireRow, today: IsoDate): CheckInView[] {
  const { checkIns: checkpoints } = templateOf(db, hire.templateVersionId).content;
  const calendar = calendarOf(db);
  const names = everyone(db);
  const records = new Map(checkInsOf(db, hire.id).map((r) => [r.checkpointId, r]));
  return checkpoints.map((checkpoint) => {
    const row = records.get(checkpoint.id);
    const dueDate = checkInDate(checkpoint, hire.startDate, calendar);
    return {
      checkpointId: checkpoint.id,
      label: checkpoint.label,
      dueDate,
      status: checkInStatus(dueDate, row !== undefined, today),
      record: row
        ? {
            id: row.id,
            heldOn: row.heldOn,
            workload: row.workload,
            support: row.support,
            works: row.works,
            change: row.change,
            actions: row.actions,
            heldBy: row.heldBy !== null ? (names.get(row.heldBy) ?? null) : null,
          }
        : null,
    };
  });
}
