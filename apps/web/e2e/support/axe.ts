import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; throws listing every violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} – ${violation.helpUrl}`,
    ...violation.nodes.map(
      (node) =>
        `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
    ),
  ]);
  throw new Error(
    `axe: ${results.violations.length} Verstoß/Verstöße gegen WCAG 2.1 AA auf ${label}:\n${lines.join('\n')}`,
  );
}
