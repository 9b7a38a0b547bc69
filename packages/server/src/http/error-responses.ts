import { errorEnvelopeSchema } from '@certa/core';

/** The error envelope declared for each listed status, for a route's OpenAPI `response` map. */
export function errorResponses<const S extends number>(...statuses: S[]): Record<S, typeof errorEnvelopeSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorEnvelopeSchema])) as Record<
    S,
    typeof errorEnvelopeSchema
  >;
}
