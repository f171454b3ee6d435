import { useRef, useState } from 'react';
import type { MembersShown } from '../../components/MembersGrid';
import type { MembersList } from '../../components/RunExports';

/**
 * What a run's member grid shows (all when undefined, a segment, or the churn-risk list): chosen
 * in the grid, or opened from a persona card or the churn panel — then the grid's heading comes
 * into view and takes the focus (the keyboard follows). `exportArgs`: the export dialog's
 * arguments for the customers shown.
 */
export function useMembersShown() {
  const [shown, setShown] = useState<MembersShown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = (members: MembersShown) => {
    setShown(members);
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  };
  const exportArgs = (): [number[], MembersList?] =>
    shown === 'churnRisk' ? [[], { only: 'churnRisk' }] : [shown === undefined ? [] : [shown]];
  return { shown, setShown, heading, open, exportArgs };
}
