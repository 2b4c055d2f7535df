import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 AA as a Swedish municipality must buy it (EN 301 549), plus 2.2 AA and axe's best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every axe violation on what the page shows now, one line per rule with the first nodes it hit;
 * with `within`, only in what that selector matches (a dialog over a page already scanned).
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Mantine's transitions fade content in; a scan mid-fade reads half-transparent colours.
  await page.waitForTimeout(350);
  const builder = new AxeBuilder({ page: page }).withTags(AXE_TAGS);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
        .join(' | ')}`,
  );
}
