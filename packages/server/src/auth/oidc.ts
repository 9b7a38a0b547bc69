import { DomainError, type SsoClaims } from '@certa/core';
import * as client from 'openid-client';

/** Single sign-on with an OpenID Connect provider, configured by CERTA_OIDC_* environment variables. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends people back: `<public URL>/api/v1/auth/sso/callback`. */
  redirectUrl: string;
  /** Label of the sign-in button, e.g. the company's identity provider. */
  displayName: string;
  /** Allow an http:// issuer (tests and closed networks only). */
  allowInsecureIssuer?: boolean;
}

/** What travels in the short-lived sign-in cookie between the start and the callback. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** The relying-party side of the authorization code flow with PKCE. */
export interface OidcClient {
  readonly settings: OidcSettings;
  start(returnTo: string): Promise<{ url: string; pending: OidcPending }>;
  finish(callbackUrl: URL, pending: OidcPending): Promise<SsoClaims>;
}

/** Creates the client; the provider's metadata is fetched on first use and then kept. */
export function createOidcClient(settings: OidcSettings): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const configure = (): Promise<client.Configuration> => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowInsecureIssuer ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined; // try again on the next sign-in
        throw new DomainError(
          'internal',
          `The identity provider at ${settings.issuer} did not answer: ${(error as Error).message}`,
        );
      });
    return configuration;
  };
  return {
    settings,
    start: async (returnTo) => {
      const config = await configure();
      const pending: OidcPending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    finish: async (callbackUrl, pending) => {
      const config = await configure();
      let claims: { iss: string; sub: string; email?: unknown; email_verified?: unknown } | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new Error('the provider sent no ID token');
        claims = idToken;
        // Many providers put the email only in the userinfo answer, not in the ID token.
        if (typeof idToken.email !== 'string') {
          const userInfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
          claims = { ...idToken, email: userInfo.email, email_verified: userInfo.email_verified };
        }
      } catch (error) {
        throw new DomainError('unauthenticated', `Single sign-on failed: ${(error as Error).message}`);
      }
      return {
        subject: `${claims.iss}|${claims.sub}`,
        email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined,
        emailVerified: claims.email_verified === true,
      };
    },
  };
}
