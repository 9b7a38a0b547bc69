import { ApiClient } from '@certa/client';

/**
 * The one API client of the web app: same origin (the built app is served by the Certa server, and Vite
 * proxies /api in development), riding on the session cookie and remembering its CSRF token.
 */
export const api = new ApiClient();
