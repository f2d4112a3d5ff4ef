import { useEffect, useRef, type ReactNode } from 'react';

interface ConfirmChoiceProps {
  /** Names the group, e.g. "Confirm removal". */
  readonly label: string;
  /** The question, naming what would go (in a `<bdi>` when the user named it: `sentence`). */
  readonly question: ReactNode;
  readonly yes: string;
  readonly no: string;
  readonly onYes: () => void;
  /** Called by the safe button and by Escape. */
  readonly onNo: () => void;
}

/**
 * Asks before something is destroyed. Focus lands on the safe choice, so that Enter never
 * destroys by accident, and Escape takes the safe choice too.
 */
export function ConfirmChoice({ label, question, yes, no, onYes, onNo }: ConfirmChoiceProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onNo();
      }}
    >
      <p>{question}</p>
      <button type="button" className="button button--danger" onClick={onYes}>{yes}</button>
      <button type="button" className="button" ref={keep} onClick={onNo}>{no}</button>
    </div>
  );
}
