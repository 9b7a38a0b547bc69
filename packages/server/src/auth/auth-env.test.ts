import { describe, expect, it } from 'vitest';
import { authSettingsFromEnv } from './auth-env.ts';

describe('authSettingsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(authSettingsFromEnv({})).toEqual({});
  });

  it('reads timeouts and the cookie flag', () => {
    expect(
      authSettingsFromEnv({
        CERTA_SESSION_IDLE_MINUTES: '30',
        CERTA_SESSION_MAX_HOURS: '8',
        CERTA_COOKIE_SECURE: 'true',
      }),
    ).toEqual({ sessionIdleMinutes: 30, sessionMaxHours: 8, cookieSecure: true });
  });

  it.each([
    [{ CERTA_SESSION_IDLE_MINUTES: 'ten' }, /CERTA_SESSION_IDLE_MINUTES/],
    [{ CERTA_SESSION_MAX_HOURS: '0' }, /CERTA_SESSION_MAX_HOURS/],
    [{ CERTA_COOKIE_SECURE: 'yes' }, /auto, true or false/],
  ])('refuses %j', (env, message) => {
    expect(() => authSettingsFromEnv(env)).toThrow(message);
  });
});
