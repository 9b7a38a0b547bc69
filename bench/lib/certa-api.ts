// The few Certa API calls the framework benchmark needs: sign in, find the organisation and the imported framework.

export interface Session {
  /** The value of the certa_session cookie, exactly as the server set it. */
  cookieValue: string;
  /** A ready Cookie request header. */
  cookieHeader: string;
  organizationId: string;
  organizationName: string;
}

export interface FrameworkSummary {
  id: string;
  name: string;
  version: string;
  builtIn: boolean;
  sourceFileName: string | null;
  requirementCount: number;
  assessableCount: number;
}

export const SESSION_COOKIE = 'certa_session';

async function json(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 300)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${what}: the answer is not JSON: ${text.slice(0, 300)}`);
  }
}

/** POST /api/v1/auth/login, then GET /api/v1/auth/me for the membership in `organizationName` (or the only one). */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  organizationName: string,
): Promise<Session> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  await json(login, 'POST /api/v1/auth/login');
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`POST /api/v1/auth/login set no ${SESSION_COOKIE} cookie`);
  const cookieValue = cookie.slice(SESSION_COOKIE.length + 1);

  const me = (await json(await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } }), 'GET /api/v1/auth/me')) as {
    data?: { memberships?: { organization?: { id?: string; name?: string } }[] };
  };
  const organizations = (me.data?.memberships ?? []).map((membership) => membership.organization ?? {});
  const organization =
    organizations.find((entry) => entry.name === organizationName) ??
    (organizations.length === 1 ? organizations[0] : undefined);
  if (!organization?.id)
    throw new Error(
      `GET /api/v1/auth/me: no membership in "${organizationName}" (${organizations.length} memberships)`,
    );
  return {
    cookieValue,
    cookieHeader: cookie,
    organizationId: organization.id,
    organizationName: organization.name ?? organizationName,
  };
}

/** The organisation's imported framework that came from `fileName` (else the newest imported one). */
export async function findImportedFramework(
  baseUrl: string,
  session: Session,
  fileName: string,
): Promise<FrameworkSummary> {
  const answer = (await json(
    await fetch(`${baseUrl}/api/v1/organizations/${session.organizationId}/frameworks`, {
      headers: { cookie: session.cookieHeader },
    }),
    'GET /api/v1/organizations/:orgId/frameworks',
  )) as { data?: FrameworkSummary[] };
  const imported = (answer.data ?? []).filter((framework) => !framework.builtIn);
  const found = imported.find((framework) => framework.sourceFileName === fileName) ?? imported.at(-1);
  if (!found)
    throw new Error(`GET /api/v1/organizations/:orgId/frameworks lists no imported framework (${fileName} expected)`);
  return found;
}
