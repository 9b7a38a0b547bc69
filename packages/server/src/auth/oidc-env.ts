import { DomainError } from '@certa/core';
import type { OidcSettings } from './oidc.ts';

/**
 * Reads single sign-on settings from CERTA_OIDC_* variables: none set means sign-in by password only;
 * a partial configuration is refused at start with the name of what is missing.
 */
export function oidcSettingsFromEnv(
  env: Record<string, string | undefined>,
  publicUrl: string | undefined,
): OidcSettings | undefined {
  const issuer = env.CERTA_OIDC_ISSUER?.trim();
  const clientId = env.CERTA_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.CERTA_OIDC_CLIENT_SECRET;
  if (!issuer && !clientId && !clientSecret) return undefined;
  const missing = [
    ['CERTA_OIDC_ISSUER', issuer],
    ['CERTA_OIDC_CLIENT_ID', clientId],
    ['CERTA_OIDC_CLIENT_SECRET', clientSecret],
  ].filter(([, value]) => !value);
  if (missing.length > 0) {
    throw new DomainError(
      'validation_failed',
      `Single sign-on needs ${missing.map(([name]) => name).join(', ')} as well`,
    );
  }
  const redirectUrl =
    env.CERTA_OIDC_REDIRECT_URL?.trim() || (publicUrl ? `${publicUrl}/api/v1/auth/sso/callback` : undefined);
  if (!redirectUrl) {
    throw new DomainError(
      'validation_failed',
      'Single sign-on needs CERTA_PUBLIC_URL (or CERTA_OIDC_REDIRECT_URL) to build its callback address',
    );
  }
  for (const [name, value] of [
    ['CERTA_OIDC_ISSUER', issuer],
    ['CERTA_OIDC_REDIRECT_URL', redirectUrl],
  ] as const) {
    try {
      new URL(value ?? '');
    } catch {
      throw new DomainError('validation_failed', `${name} is not a URL`);
    }
  }
  return {
    issuer: issuer ?? '',
    clientId: clientId ?? '',
    clientSecret: clientSecret ?? '',
    redirectUrl,
    displayName: env.CERTA_OIDC_NAME?.trim() || 'single sign-on',
    allowInsecureIssuer: issuer?.startsWith('http://') ?? false,
  };
}
