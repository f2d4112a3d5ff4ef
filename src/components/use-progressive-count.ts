import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to render: `first` at once, then `step` more per commit, each in a
 * transition. A transition is rendered between frames and gives way to the user's input, and
 * each step's commit (and the style and layout of what it adds) stays a short task, so a long
 * list shows its first screen at once and never holds the main thread in one long task.
 * Everything is in the document once the steps are done: found by find-in-page, read by screen
 * readers, reached by the keyboard. Pass `step` Infinity for the rest in one transition.
 */
export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count < total) startTransition(() => setCount(count + step));
  }, [count, total, step]);
  return Math.min(count, total);
}
