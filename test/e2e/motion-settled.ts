import { expect, type Page } from '@playwright/test';

/**
 * Waits until antd's motion (modals, drawers, tabs, menus, tooltips) has settled: no element is
 * in an rc-motion stage (`*-enter*`, `*-appear*`, `*-leave*` classes) and no finite CSS animation
 * or transition is running (a spinner's endless one does not count).
 */
export async function motionSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.querySelectorAll('[class*="-enter"], [class*="-appear"], [class*="-leave"]').length +
            document
              .getAnimations()
              .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity).length,
        ),
      { message: 'antd motion still running', intervals: [50, 100, 250] },
    )
    .toBe(0);
}
