import { useEffect, type RefObject } from 'react';

/**
 * Makes the scrolling body of the antd table under `box` a named, focusable region: keyboard
 * users reach it with Tab and scroll it with the arrow keys (WCAG 2.1.1; axe's
 * scrollable-region-focusable). Runs after every render, as antd may re-create the element.
 */
export function useScrollRegion(box: RefObject<HTMLElement | null>, label: string) {
  useEffect(() => {
    const body = box.current?.querySelector<HTMLElement>('.ant-table-body, .ant-table-content');
    if (!body) return;
    body.tabIndex = 0;
    body.setAttribute('role', 'region');
    body.setAttribute('aria-label', label);
  });
}
