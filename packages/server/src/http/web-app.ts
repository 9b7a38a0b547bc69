import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { DomainError } from '@certa/core';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-mapping.ts';

/**
 * Serves the built single-page app from `webDir` (hashed assets cached for a year, index.html never) and
 * answers unknown non-API GETs with index.html so client-side routes work; unknown API paths get the
 * error envelope.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const hasWebApp = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        res.header(
          'cache-control',
          path.includes(`${'/'}assets${'/'}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && hasWebApp && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    const message = isApi
      ? `No API route ${request.method} ${path}`
      : hasWebApp
        ? `Nothing at ${request.method} ${path}`
        : 'The web app is not built; run npm run build (npm start does it for you)';
    return sendError(request, reply, new DomainError('not_found', message));
  });
}
