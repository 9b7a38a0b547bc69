import { Button, Tooltip, type ButtonProps } from '@mantine/core';
import type { MouseEventHandler, ReactNode } from 'react';

interface GuardedButtonProps extends ButtonProps {
  /** Whether the caller may do this; when not, the button stays visible but disabled and says why. */
  allowed: boolean;
  /** Why not, in one sentence (see whyNotAllowed). */
  reason: string;
  onClick?: MouseEventHandler<HTMLButtonElement>;
  type?: 'button' | 'submit';
  children: ReactNode;
}

/**
 * A button for an action the caller's role may not allow. Disabled buttons ignore the pointer and
 * keyboard, so this one is only marked disabled (aria-disabled) and keeps its focus, which lets the
 * tooltip explain why to mouse and keyboard users alike.
 */
export function GuardedButton({ allowed, reason, onClick, type = 'button', children, ...props }: GuardedButtonProps) {
  if (allowed) {
    return (
      <Button type={type} onClick={onClick} {...props}>
        {children}
      </Button>
    );
  }
  return (
    <Tooltip label={reason} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <Button type="button" data-disabled aria-disabled="true" onClick={(event) => event.preventDefault()} {...props}>
        {children}
      </Button>
    </Tooltip>
  );
}
