import { z } from 'zod';

/** The two kinds of database Certa runs on. */
export const databaseKinds = ['embedded', 'postgres'] as const;

/** Embedded PGlite or a PostgreSQL server. */
export type DatabaseKind = (typeof databaseKinds)[number];

/** Body of GET /api/health. */
export const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(databaseKinds),
    schemaVersion: z.number().int().nonnegative(),
    version: z.string(),
  })
  .meta({ id: 'Health' });

/** The health report of a running server. */
export type Health = z.infer<typeof healthSchema>;
