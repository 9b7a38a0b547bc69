import { ApiClient } from '@certa/client';
import type { Health } from '@certa/core';
import { useQuery } from '@tanstack/react-query';

// Same-origin client: the built app is served by the Certa server, and Vite proxies /api in development.
const api = new ApiClient();

/** Reads GET /api/health: database kind, schema version and Certa version of the running server. */
export function useHealth() {
  return useQuery<Health, Error>({
    queryKey: ['health'],
    queryFn: () => api.getHealth(),
  });
}
