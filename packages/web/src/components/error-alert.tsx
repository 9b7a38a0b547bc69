import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from '../lib/describe-error.ts';

interface ErrorAlertProps {
  /** An error answer of the server (described in words), or… */
  error?: unknown;
  /** …a message already in words. */
  message?: string | null;
  title?: string;
  children?: ReactNode;
}

/** A problem in a red alert that screen readers announce. */
export function ErrorAlert({ error, message, title, children }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message ?? describeError(error)}
      {children}
    </Alert>
  );
}
