/** Who may call a route: `public` for unauthenticated system routes; later, an action of the permission matrix. */
export type RoutePermission = 'public';

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
}
