import { z } from 'zod';
import { errorCodes } from './domain-error.ts';

/** The error envelope every API error response uses. */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });

/** An API error response body. */
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
