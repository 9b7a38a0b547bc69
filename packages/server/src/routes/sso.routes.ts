import { isDomainError, ssoStatusSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { isSecureRequest, readCookie, setSessionCookie } from '../auth/cookies.ts';
import type { OidcClient, OidcPending } from '../auth/oidc.ts';
import { optionalContext } from '../http/authenticate.ts';
import { signInWithSso } from '../services/sso.service.ts';

const pendingCookie = 'certa_sso';
const pendingPath = '/api/v1/auth/sso';

/** Only same-site paths are allowed as a destination after sign-in (no open redirect). */
function safeReturnTo(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function encodePending(pending: OidcPending): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

function decodePending(value: string | undefined): OidcPending | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<OidcPending>;
    return typeof parsed.state === 'string' && typeof parsed.nonce === 'string' && typeof parsed.verifier === 'string'
      ? { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier, returnTo: safeReturnTo(parsed.returnTo) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Single sign-on with OpenID Connect: whether it is on, the redirect to the provider, and the way back. */
export function ssoRoutes(deps: AppDeps, settings: AuthSettings, oidc: OidcClient | undefined): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/auth/sso',
      {
        schema: {
          tags: ['auth'],
          summary: 'Whether single sign-on is configured, and the label of its button',
          response: { 200: z.object({ data: ssoStatusSchema }) },
        },
        config: { permission: 'public' },
      },
      async () => ({ data: { enabled: oidc !== undefined, name: oidc?.settings.displayName ?? null } }),
    );

    app.get(
      '/api/v1/auth/sso/start',
      {
        schema: {
          tags: ['auth'],
          summary: 'Redirect to the identity provider',
          querystring: z.object({ returnTo: z.string().max(2000).optional() }).strict(),
        },
        config: { permission: 'public' },
      },
      async (request, reply) => {
        if (!oidc) return reply.redirect('/login?sso=off');
        const { url, pending } = await oidc.start(safeReturnTo(request.query.returnTo));
        const secure = isSecureRequest(request, settings.cookieSecure) ? '; Secure' : '';
        reply.header(
          'set-cookie',
          `${pendingCookie}=${encodePending(pending)}; Path=${pendingPath}; HttpOnly; SameSite=Lax; Max-Age=600${secure}`,
        );
        return reply.redirect(url);
      },
    );

    app.get(
      '/api/v1/auth/sso/callback',
      {
        schema: {
          tags: ['auth'],
          summary: 'Where the identity provider sends people back',
          querystring: z.record(z.string(), z.string()),
        },
        config: { permission: 'public' },
      },
      async (request, reply) => {
        const pending = decodePending(readCookie(request, pendingCookie));
        const secure = isSecureRequest(request, settings.cookieSecure);
        reply.header(
          'set-cookie',
          `${pendingCookie}=; Path=${pendingPath}; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`,
        );
        const fail = (message: string) => reply.redirect(`/login?ssoError=${encodeURIComponent(message)}`);
        if (!oidc) return fail('Single sign-on is not configured');
        if (!pending) return fail('The sign-in took too long or was started elsewhere; try again');
        try {
          const callbackUrl = new URL(request.url, oidc.settings.redirectUrl);
          const claims = await oidc.finish(callbackUrl, pending);
          const { session } = await signInWithSso(
            deps,
            settings,
            optionalContext(request, deps),
            claims,
            request.headers['user-agent'],
          );
          // The session cookie travels alongside the expired sign-in cookie.
          setSessionCookie(reply, session.secret, session.expiresAt, secure);
          return reply.redirect(pending.returnTo);
        } catch (error) {
          if (isDomainError(error) && error.code !== 'internal') return fail(error.message);
          throw error;
        }
      },
    );
  };
}
