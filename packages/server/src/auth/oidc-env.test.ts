import { describe, expect, it } from 'vitest';
import { oidcSettingsFromEnv } from './oidc-env.ts';

const full = {
  CERTA_OIDC_ISSUER: 'https://login.example.com',
  CERTA_OIDC_CLIENT_ID: 'certa',
  CERTA_OIDC_CLIENT_SECRET: 's3cret',
};

describe('oidcSettingsFromEnv', () => {
  it('is off when nothing is set', () => {
    expect(oidcSettingsFromEnv({}, undefined)).toBeUndefined();
  });

  it('builds the callback from the public URL', () => {
    expect(oidcSettingsFromEnv({ ...full, CERTA_OIDC_NAME: 'Acme login' }, 'https://certa.example.com')).toEqual({
      issuer: 'https://login.example.com',
      clientId: 'certa',
      clientSecret: 's3cret',
      redirectUrl: 'https://certa.example.com/api/v1/auth/sso/callback',
      displayName: 'Acme login',
      allowInsecureIssuer: false,
    });
  });

  it('names what is missing from a partial configuration', () => {
    expect(() => oidcSettingsFromEnv({ CERTA_OIDC_ISSUER: 'https://x' }, 'https://c')).toThrow(
      /CERTA_OIDC_CLIENT_ID, CERTA_OIDC_CLIENT_SECRET/,
    );
    expect(() => oidcSettingsFromEnv(full, undefined)).toThrow(/CERTA_PUBLIC_URL/);
    expect(() => oidcSettingsFromEnv({ ...full, CERTA_OIDC_ISSUER: 'not a url' }, 'https://c')).toThrow(/not a URL/);
  });
});
