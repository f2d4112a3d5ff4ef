import type { MouseEvent } from 'react';

/**
 * The first stop of the keyboard: jumps to the main content and moves focus to the page's or
 * step's heading (each has tabIndex=-1), so that it is read out and the next Tab starts there.
 * Following the bare `#main` only scrolls and leaves focus in the header. While a screen has no
 * heading yet (loading), the link does just that: the browser's own jump.
 */
export function SkipLink({ targetId, label }: { readonly targetId: string; readonly label: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const heading = document.getElementById(targetId)?.querySelector<HTMLElement>('h1[tabindex]');
    if (!heading) return;
    event.preventDefault();
    // Where the browser's jump would have put it: the heading at the top of the window.
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {label}
    </a>
  );
}
