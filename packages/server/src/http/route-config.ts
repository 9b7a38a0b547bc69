import type { Action } from '@certa/core';
import type { RequestContext } from './request-context.ts';

/**
 * Who may call a route: `public` (no sign-in), `authenticated` (any signed-in user, not tied to an
 * organisation), or an action of the permission matrix, checked in the organisation named by the
 * route's `:orgId` parameter.
 */
export type RoutePermission = 'public' | 'authenticated' | Action;

/** A route as registered, for the test that checks every API route declares who may call it. */
export interface RegisteredRoute {
  methods: string[];
  url: string;
  permission: RoutePermission | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered on this app, in order. */
    registeredRoutes: readonly RegisteredRoute[];
  }
  interface FastifyContextConfig {
    /** Declared on every API route; a test fails when one is missing. */
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    /** Set for routes that need a signed-in user. */
    context?: RequestContext;
  }
}
