import type { HireSummary } from '../../../../electron/shared/schemas/plan';

/** Done items and items that apply, over all phases. */
export function totalProgress(hire: Pick<HireSummary, 'progress'>) {
  const done = hire.progress.reduce((sum, p) => sum + p.done, 0);
  const total = hire.progress.reduce((sum, p) => sum + p.total, 0);
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}
