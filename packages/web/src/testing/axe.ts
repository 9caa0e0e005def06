import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe over what a test rendered and fails with the rules that were broken. Colour contrast
 * needs real layout and is left to the browser journeys; everything else axe checks (names,
 * roles, labels, ARIA, landmarks in context) runs here.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}
