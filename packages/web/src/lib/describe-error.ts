import { ApiError } from '@certa/client';

/** Minutes to wait, rounded up, for a 429 answer. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** One sentence for an error, in the words a person needs to act on it. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited' && error.retryAfterSeconds) {
      const minutes = minutesToWait(error.retryAfterSeconds);
      return `${error.message}. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} before trying again.`;
    }
    if (error.status === 0) return 'Certa cannot reach its server. Check your connection and that Certa is running.';
    return error.message.endsWith('.') ? error.message : `${error.message}.`;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
