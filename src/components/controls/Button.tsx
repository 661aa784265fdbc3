/** Buttons shared by every figure: one look, one keyboard behaviour, an optional pressed state. */
import type { ComponentChildren } from 'preact';

export interface ButtonProps {
  children: ComponentChildren;
  onClick(): void;
  primary?: boolean;
  /** For toggles such as run/pause: announced as pressed or not. */
  pressed?: boolean;
  disabled?: boolean;
  title?: string;
}

export function Button({ children, onClick, primary, pressed, disabled, title }: ButtonProps) {
  return (
    <button type="button" class={primary ? 'btn btn-primary' : 'btn'} aria-pressed={pressed} disabled={disabled} title={title} onClick={onClick}>
      {children}
    </button>
  );
}

export function ButtonRow({ children, label }: { children: ComponentChildren; label?: string }) {
  return (
    <div class="button-row" role="group" aria-label={label}>
      {children}
    </div>
  );
}
