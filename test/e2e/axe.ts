import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.1 A and AA: what must hold. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe on a page, as every audit here runs it: one axe run in the page (legacy mode: no blank page
 * opened to merge frames; the app has no cross-origin frame, and the report's sandboxed preview is
 * audited on a page of its own), and only violations in full (the passes' nodes are not
 * serialised) — 1.9 s on the Segments page instead of 8.5 s, the same violations.
 */
export function axe(page: Page, tags: string[] = WCAG_TAGS): AxeBuilder {
  return new AxeBuilder({ page })
    .withTags(tags)
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });
}
