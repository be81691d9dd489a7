// GOV.UK buttons: primary (green) for the main action, secondary (grey), warning (red) for destructive ones.
import type { ReactNode } from 'react';

export interface ButtonProps {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: () => void;
  /** True while the action runs, so a second press cannot send it twice. */
  disabled?: boolean;
}

export function Button({ children, type = 'submit', variant = 'primary', onClick, disabled }: ButtonProps) {
  return (
    <button
      type={type}
      className={variant === 'primary' ? 'button' : `button button--${variant}`}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}
