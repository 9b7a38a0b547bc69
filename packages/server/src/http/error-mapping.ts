import { DomainError, isDomainError, type ErrorCode } from '@certa/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one table from domain error codes to HTTP status codes. */
export const httpStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

function codeForStatus(status: number): ErrorCode {
  const entry = Object.entries(httpStatusByCode).find(([, value]) => value === status);
  return (entry?.[0] as ErrorCode | undefined) ?? (status >= 500 ? 'internal' : 'validation_failed');
}

/** Turns anything thrown while handling a request into a DomainError a client may see. */
export function toDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: issue.message,
    }));
    const first = issues[0];
    const where = error.validationContext ?? 'request';
    const message = first
      ? `Invalid ${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`
      : `Invalid ${where}`;
    return new DomainError('validation_failed', message, { issues });
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new DomainError('payload_too_large', 'The request body is larger than this server accepts');
  }
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new DomainError('validation_failed', 'Unsupported content type; send application/json');
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new DomainError(codeForStatus(status), fastifyError.message ?? 'Bad request');
  }
  return new DomainError('internal', 'Internal error');
}

/** Sends the error envelope for a DomainError. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: DomainError): FastifyReply {
  const body: { error: { code: ErrorCode; message: string; details?: unknown; requestId: string } } = {
    error: { code: error.code, message: error.message, requestId: request.id },
  };
  if (error.details !== undefined && error.code !== 'internal') body.error.details = error.details;
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (error.code === 'rate_limited' && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.status(httpStatusByCode[error.code]).type('application/json').send(body);
}

/** Installs the error handler: the envelope everywhere, no stack or SQL ever reaching a client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const domainError = toDomainError(error);
    if (domainError.code === 'internal') {
      request.log.error({ err: error }, 'request failed');
      return sendError(
        request,
        reply,
        new DomainError('internal', `Internal error; quote request id ${request.id} when reporting it`),
      );
    }
    return sendError(request, reply, domainError);
  });
}
