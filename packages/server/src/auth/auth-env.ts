import { DomainError } from '@certa/core';
import type { AuthSettings } from '../app-deps.ts';

function positiveInteger(env: Record<string, string | undefined>, name: string, max: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw new DomainError('validation_failed', `${name} must be a whole number from 1 to ${max}`);
  }
  return value;
}

/** Session and cookie settings from CERTA_SESSION_IDLE_MINUTES, CERTA_SESSION_MAX_HOURS, CERTA_COOKIE_SECURE. */
export function authSettingsFromEnv(env: Record<string, string | undefined>): Partial<AuthSettings> {
  const settings: Partial<AuthSettings> = {};
  const idle = positiveInteger(env, 'CERTA_SESSION_IDLE_MINUTES', 7 * 24 * 60);
  const max = positiveInteger(env, 'CERTA_SESSION_MAX_HOURS', 30 * 24);
  if (idle !== undefined) settings.sessionIdleMinutes = idle;
  if (max !== undefined) settings.sessionMaxHours = max;
  const secure = env.CERTA_COOKIE_SECURE?.trim();
  if (secure) {
    if (!['auto', 'true', 'false'].includes(secure)) {
      throw new DomainError('validation_failed', 'CERTA_COOKIE_SECURE must be auto, true or false');
    }
    settings.cookieSecure = secure === 'auto' ? 'auto' : secure === 'true';
  }
  return settings;
}
