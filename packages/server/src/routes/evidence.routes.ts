import type { IncomingMessage } from 'node:http';
import {
  asciiEvidenceFileName,
  contentTypeHeader,
  DomainError,
  evidenceCreateInputSchema,
  evidenceDetailSchema,
  evidenceLinkInputSchema,
  evidenceLinkQuerySchema,
  evidenceLinkSchema,
  evidenceListQuerySchema,
  evidenceListSchema,
  evidenceUpdateInputSchema,
  evidenceUploadQuerySchema,
  idSchema,
  safeEvidenceFileName,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { sendRendered, type RevisionCache } from '../services/revision-cache.ts';
import { errorResponses } from '../http/error-responses.ts';
import {
  presentEvidenceDetail,
  presentEvidenceLink,
  presentEvidenceSummary,
} from '../presenters/evidence.presenter.ts';
import { linkEvidence, listEvidenceLinksOfTarget, unlinkEvidence } from '../services/evidence-link.service.ts';
import {
  createEvidence,
  evidenceOrganization,
  getEvidenceDetail,
  listOrganizationEvidence,
  openEvidenceDownload,
  updateEvidence,
  uploadEvidenceFile,
} from '../services/evidence.service.ts';

const base = '/api/v1/organizations/:orgId/evidence';
const linksBase = '/api/v1/organizations/:orgId/evidence-links';
const orgParams = z.object({ orgId: z.string() });
const itemParams = z.object({ orgId: z.string(), evidenceId: idSchema });
const tags = ['evidence'];
const readErrors = errorResponses(400, 401, 403, 404);
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const detail = z.object({ data: evidenceDetailSchema });

/**
 * An upload as the route receives it: the request stream, held in a private field so that nothing walks
 * into it (the input guards look at the own properties of bodies), read only by the service.
 */
class RawUpload {
  readonly #stream: IncomingMessage;
  constructor(stream: IncomingMessage) {
    this.#stream = stream;
  }
  get stream(): IncomingMessage {
    return this.#stream;
  }
}

// RFC 6266 / 8187: `filename*` carries the real name, `filename` a plain ASCII stand-in for old clients.
const contentDisposition = (fileName: string) =>
  `attachment; filename="${asciiEvidenceFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(
    safeEvidenceFileName(fileName),
  ).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;

const notModified = z.null().meta({ description: 'Not modified since the ETag sent in If-None-Match' });
const linkListAnswer = z.object({ data: z.array(evidenceLinkSchema) });

/** The evidence library: items, their file versions (upload and download) and links to what they support. */
export function evidenceRoutes(deps: AppDeps, rendered: RevisionCache): FastifyPluginAsyncZod {
  return async (app) => {
    // Files arrive as the raw request body and are streamed into the store (which enforces the size
    // limit) once the route has checked who is asking; this parser applies to this plugin's routes only.
    app.addContentTypeParser('application/octet-stream', (request, payload, done) => {
      done(null, new RawUpload(payload));
    });

    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'Evidence of the organisation, newest first, filtered and paged, with counts by status and stale',
          params: orgParams,
          querystring: evidenceListQuerySchema,
          response: { 200: evidenceListSchema, 304: notModified, ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        // Rendered once per revision of the organisation, query and day (staleness); see revision-cache.ts.
        const answer = await rendered.read(
          deps,
          evidenceOrganization(context),
          `evidence ${JSON.stringify(request.query)}`,
          async () => {
            const page = await listOrganizationEvidence(deps, context, request.query);
            return evidenceListSchema.parse({
              data: page.items.map((item) => presentEvidenceSummary(item, page.today)),
              total: page.total,
              counts: page.counts,
            });
          },
        );
        return sendRendered(request, reply, answer);
      },
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Add an evidence item (upload its file afterwards with PUT …/file)',
          params: orgParams,
          body: evidenceCreateInputSchema,
          response: { 201: detail, ...writeErrors },
        },
        config: { permission: 'evidence.upload' },
      },
      async (request, reply) => {
        const created = await createEvidence(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentEvidenceDetail(created) });
      },
    );

    app.get(
      `${base}/:evidenceId`,
      {
        schema: {
          tags,
          summary: 'An evidence item with every file version (newest first) and its links',
          params: itemParams,
          response: { 200: detail, ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: presentEvidenceDetail(await getEvidenceDetail(deps, requireContext(request), request.params.evidenceId)),
      }),
    );

    app.patch(
      `${base}/:evidenceId`,
      {
        schema: {
          tags,
          summary:
            'Change the fields of an evidence item; a stale version is refused with 409 and the current item in error.details.current',
          params: itemParams,
          body: evidenceUpdateInputSchema,
          response: { 200: detail, ...writeErrors },
        },
        config: { permission: 'evidence.upload' },
      },
      async (request) => ({
        data: presentEvidenceDetail(
          await updateEvidence(deps, requireContext(request), request.params.evidenceId, request.body),
        ),
      }),
    );

    app.put(
      `${base}/:evidenceId/file`,
      {
        schema: {
          tags,
          summary: 'Upload a file as the next version of an evidence item (old versions stay downloadable)',
          description:
            'Send the file itself as the body (Content-Type: application/octet-stream). Its type is detected from its content; files above the evidence size limit (default 50 MB) are refused with 413 and nothing is stored. Link items take no file.',
          params: itemParams,
          querystring: evidenceUploadQuerySchema,
          consumes: ['application/octet-stream'],
          body: z.any().meta({ type: 'string', format: 'binary', description: 'The file' }),
          response: { 201: detail, ...errorResponses(400, 401, 403, 404, 409, 413) },
        },
        config: { permission: 'evidence.upload' },
      },
      async (request, reply) => {
        if (!(request.body instanceof RawUpload))
          throw new DomainError(
            'validation_failed',
            'Send the file as the request body with Content-Type: application/octet-stream',
          );
        const length = request.headers['content-length'];
        const uploaded = await uploadEvidenceFile(deps, requireContext(request), request.params.evidenceId, {
          fileName: request.query.fileName,
          note: request.query.note,
          body: request.body.stream,
          declaredSize: length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined,
        });
        return reply.status(201).send({ data: presentEvidenceDetail(uploaded) });
      },
    );

    app.get(
      `${base}/:evidenceId/versions/:versionNumber/download`,
      {
        schema: {
          tags,
          summary: 'Download one file version, as an attachment typed by its detected content',
          params: itemParams.extend({ versionNumber: z.coerce.number().int().min(1).max(1_000_000) }),
          response: {
            200: {
              description: 'The file (Content-Disposition: attachment; ETag: its SHA-256)',
              content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
            },
            304: z.undefined().describe('Not modified (If-None-Match matched the ETag)'),
            ...writeErrors,
          },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const { evidenceId, versionNumber } = request.params;
        const file = await openEvidenceDownload(deps, requireContext(request), evidenceId, versionNumber);
        const etag = `"${file.version.sha256}"`;
        reply
          .header('etag', etag)
          .header('cache-control', 'private, no-cache')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', 'sandbox')
          .header('content-disposition', contentDisposition(file.version.fileName));
        if (request.headers['if-none-match'] === etag) {
          file.body.destroy();
          return reply.status(304).send();
        }
        return reply
          .header('content-length', String(file.version.sizeBytes))
          .type(contentTypeHeader(file.version.mediaType))
          .send(file.body);
      },
    );

    app.get(
      linksBase,
      {
        schema: {
          tags,
          summary:
            'Evidence linked to a target; for gap_answer the target is the assessment, narrowed to one requirement with requirementId',
          params: orgParams,
          querystring: evidenceLinkQuerySchema,
          response: { 200: linkListAnswer, 304: notModified, ...readErrors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        const answer = await rendered.read(
          deps,
          evidenceOrganization(context),
          `evidence-links ${JSON.stringify(request.query)}`,
          async () =>
            linkListAnswer.parse({
              data: (await listEvidenceLinksOfTarget(deps, context, request.query)).map(presentEvidenceLink),
            }),
        );
        return sendRendered(request, reply, answer);
      },
    );

    app.post(
      linksBase,
      {
        schema: {
          tags,
          summary:
            'Link an evidence item to a requirement of a gap assessment (not a completed one); the same link twice is refused with 409',
          params: orgParams,
          body: evidenceLinkInputSchema,
          response: { 201: z.object({ data: evidenceLinkSchema }), ...writeErrors },
        },
        config: { permission: 'evidence.upload' },
      },
      async (request, reply) => {
        const link = await linkEvidence(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentEvidenceLink(link) });
      },
    );

    app.delete(
      `${linksBase}/:linkId`,
      {
        schema: {
          tags,
          summary: 'Remove a link between evidence and what it supports',
          params: z.object({ orgId: z.string(), linkId: idSchema }),
          response: { 204: z.undefined(), ...writeErrors },
        },
        config: { permission: 'evidence.upload' },
      },
      async (request, reply) => {
        await unlinkEvidence(deps, requireContext(request), request.params.linkId);
        return reply.status(204).send();
      },
    );
  };
}
