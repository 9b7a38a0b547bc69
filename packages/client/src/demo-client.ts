import { demoLoadResultSchema, demoRemovalResultSchema, demoStatusSchema } from '@certa/core';
import { z } from 'zod';
import type { ApiClient } from './api-client.ts';

/** Whether the demo organisation is loaded, and the caller's place in it. */
export type DemoStatusView = z.infer<typeof demoStatusSchema>;
/** The demo organisation just loaded and what it holds. */
export type DemoLoadView = z.infer<typeof demoLoadResultSchema>;
/** The demo organisation removed and the rows deleted per table. */
export type DemoRemovalView = z.infer<typeof demoRemovalResultSchema>;

/** GET /api/v1/demo: whether the demo organisation is loaded (its details only for its members). */
export async function getDemoStatus(api: ApiClient): Promise<DemoStatusView> {
  return (await api.request('GET', '/api/v1/demo', z.object({ data: demoStatusSchema }))).data;
}

/** POST /api/v1/demo: loads Northwind Cloud with the caller as owner; ApiError `conflict` while one exists. */
export async function loadDemoOrganization(api: ApiClient): Promise<DemoLoadView> {
  return (await api.request('POST', '/api/v1/demo', z.object({ data: demoLoadResultSchema }))).data;
}

/** DELETE /api/v1/demo: removes the demo organisation and everything in it (its owners only). */
export async function removeDemoOrganization(api: ApiClient): Promise<DemoRemovalView> {
  return (await api.request('DELETE', '/api/v1/demo', z.object({ data: demoRemovalResultSchema }))).data;
}
