import type { RegisteredRoute } from './http/route-config.ts';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { defaultAuthSettings, type AppDeps } from './app-deps.ts';
import { installAuthentication } from './http/authenticate.ts';
import { installInputGuards } from './http/input-guards.ts';
import { installErrorHandler } from './http/error-mapping.ts';
import { registerOpenApi } from './http/openapi.ts';
import { generateRequestId } from './http/request-id.ts';
import { registerWebApp } from './http/web-app.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { ssoRoutes } from './routes/sso.routes.ts';
import { createOidcClient } from './auth/oidc.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { invitationRoutes } from './routes/invitation.routes.ts';
import { frameworkTransferRoutes } from './routes/framework-transfer.routes.ts';
import { mappingRoutes } from './routes/mapping.routes.ts';
import { createFrameworkTreeCache } from './services/framework-tree-cache.ts';
import { createRevisionCache } from './services/revision-cache.ts';
import { libraryRoutes } from './routes/library.routes.ts';
import { organizationRoutes } from './routes/organization.routes.ts';
import { apiTokenRoutes } from './routes/api-token.routes.ts';
import { auditTrailRoutes } from './routes/audit-trail.routes.ts';
import { gapAssessmentRoutes } from './routes/gap-assessment.routes.ts';
import { gapPrefillRoutes } from './routes/gap-prefill.routes.ts';
import { ismsChangeRoutes } from './routes/isms-change.routes.ts';
import { evidenceRoutes } from './routes/evidence.routes.ts';
import { gapReportRoutes } from './routes/gap-report.routes.ts';
import { roadmapRoutes } from './routes/roadmap.routes.ts';
import { gapComparisonRoutes } from './routes/gap-comparison.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { demoRoutes } from './routes/demo.routes.ts';

/** Default request body limit: 1 MiB of JSON. */
export const defaultBodyLimitBytes = 1024 * 1024;

/** Builds the Fastify app without listening, so tests can use `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    genReqId: generateRequestId,
    // One log line per request, written by the onResponse hook below.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    bodyLimit: deps.bodyLimitBytes ?? defaultBodyLimitBytes,
    trustProxy: deps.trustProxy ?? false,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    routes.push({ methods: methods.map(String), url: route.url, permission: route.config?.permission });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // While shutting down, answers in flight tell clients to drop their keep-alive connection, so the
  // server can close as soon as they are sent instead of waiting for idle sockets to time out.
  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (isClosing) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables in a style element at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense behind HTTPS; a reverse proxy terminating TLS sets it.
    strictTransportSecurity: false,
  });
  await registerOpenApi(app);
  const authSettings = { ...defaultAuthSettings, ...deps.auth };
  installAuthentication(app, deps, authSettings);
  installInputGuards(app);
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps, authSettings));
  await app.register(ssoRoutes(deps, authSettings, deps.oidc ? createOidcClient(deps.oidc) : undefined));
  await app.register(organizationRoutes(deps));
  const trees = createFrameworkTreeCache(deps.lookupCacheMs ?? 0);
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) trees.forgetLookups();
    return payload;
  });
  await app.register(libraryRoutes(deps, trees));
  await app.register(frameworkTransferRoutes(deps));
  await app.register(mappingRoutes(deps));
  const rendered = createRevisionCache();
  await app.register(gapAssessmentRoutes(deps, rendered));
  await app.register(gapPrefillRoutes(deps));
  await app.register(ismsChangeRoutes(deps));
  await app.register(evidenceRoutes(deps, rendered));
  await app.register(gapReportRoutes(deps));
  await app.register(roadmapRoutes(deps));
  await app.register(gapComparisonRoutes(deps));
  await app.register(dashboardRoutes(deps, rendered));
  await app.register(apiTokenRoutes(deps));
  await app.register(auditTrailRoutes(deps));
  await app.register(invitationRoutes(deps, authSettings));
  await app.register(demoRoutes(deps));
  await registerWebApp(app, deps.webDir);
  return app;
}
