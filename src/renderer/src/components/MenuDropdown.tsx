import { Dropdown, type DropdownProps } from 'antd';
import { useRef } from 'react';

/**
 * antd's Dropdown as a keyboard-usable menu button: Enter or Space on the button opens the menu
 * with the focus in it (arrow keys move, Enter chooses), and when the menu closes — Escape, a
 * choice, Tab — the focus goes back to the button (antd leaves it on the page's body). A dialog
 * the choice opens then returns the focus to the button too.
 */
export function MenuDropdown(props: DropdownProps) {
  const trigger = useRef<HTMLElement | null>(null);
  return (
    <Dropdown
      autoFocus
      trigger={['click']}
      {...props}
      onOpenChange={(open, info) => {
        if (open) trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        else {
          const active = document.activeElement;
          if (trigger.current?.isConnected && (!active || active === document.body || active.closest('.ant-dropdown')))
            trigger.current.focus();
        }
        props.onOpenChange?.(open, info);
      }}
    />
  );
}
