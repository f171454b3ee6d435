import { type RefObject, useEffect, useRef } from 'react';

/** A ref that always holds the latest value: for listeners registered once that must call today's callbacks. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
