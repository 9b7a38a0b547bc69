import {
  DomainError,
  apiTokenSchema,
  auditEventSchema,
  auditVerificationSchema,
  errorCodes,
  errorEnvelopeSchema,
  frameworkDetailSchema,
  frameworkImportReportSchema,
  frameworkSummarySchema,
  gapAnswerSchema,
  gapAssessmentDetailSchema,
  gapAssessmentReportSchema,
  gapAssessmentSummarySchema,
  mappingSetSummarySchema,
  requirementMappingSchema,
  requirementSearchHitSchema,
  type FrameworkExportFormat,
  type FrameworkImportFormat,
  type FrameworkImportReport,
  type RequirementMappingView,
  type RequirementSearchHit,
  healthSchema,
  invitationPreviewSchema,
  invitationSchema,
  memberSchema,
  meSchema,
  organizationSchema,
  roleSchema,
  setupStatusSchema,
  ssoStatusSchema,
  type AuditExportFormat,
  type ErrorCode,
  type GapAssessmentStatus,
  type Health,
} from '@certa/core';
// Request schemas only lend their types here: the server validates every body with them.
import type {
  apiTokenInputSchema,
  auditEventQuerySchema,
  gapAnswerUpdateInputSchema,
  gapAssessmentCreateInputSchema,
  gapAssessmentUpdateInputSchema,
  invitationAcceptInputSchema,
  invitationInputSchema,
  loginInputSchema,
  memberUpdateInputSchema,
  organizationInputSchema,
  passwordChangeInputSchema,
  setupInputSchema,
} from '@certa/core';
import { z } from 'zod';

/** Options of an API client: where the server is and how to authenticate. */
export interface ApiClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`; empty for same-origin calls from the web app. */
  baseUrl?: string;
  /** Personal API token sent as a bearer token (no cookie, no CSRF token needed). */
  token?: string;
  fetch?: typeof fetch;
}

/** GET /api/v1/auth/me answer (and the answer of sign-in, setup and accepting an invitation). */
export type Me = z.infer<typeof meSchema>;
/** One of the signed-in user's memberships. */
export type MyMembership = Me['memberships'][number];
/** An organisation as the API shows it. */
export type OrganizationView = z.infer<typeof organizationSchema>;
/** A member of an organisation as its members list shows it. */
export type Member = z.infer<typeof memberSchema>;
/** An invitation as its owner sees it. */
export type Invitation = z.infer<typeof invitationSchema>;
/** What an invitee sees before accepting. */
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
/** A personal API token. */
export type ApiToken = z.infer<typeof apiTokenSchema>;
/** An audit event as the API shows it. */
export type AuditEventView = z.infer<typeof auditEventSchema>;
/** Result of checking the hash chain of an organisation's audit trail. */
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
/** A pair of frameworks with mappings between them. */
export type MappingSetSummary = z.infer<typeof mappingSetSummarySchema>;
/** A framework version in the list of frameworks. */
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;
/** A framework with its whole requirement tree, in reading order. */
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;
/** One node of a framework's requirement tree. */
export type FrameworkRequirement = FrameworkDetail['requirements'][number];
/** Certa's guidance on one requirement. */
export type RequirementGuidance = NonNullable<FrameworkRequirement['certaGuidance']>;
/** A gap assessment in lists: details, framework, progress and overall score. */
export type GapAssessmentSummary = z.infer<typeof gapAssessmentSummarySchema>;
/** A gap assessment with its framework tree, every assessable requirement's answer and its scores. */
export type GapAssessmentDetail = z.infer<typeof gapAssessmentDetailSchema>;
/** One answer of a gap assessment with its priority; `version` 0 when never answered. */
export type GapAnswer = z.infer<typeof gapAnswerSchema>;
/** The gap report model of one assessment: scores, gaps, roadmap and every requirement's row. */
export type GapAssessmentReport = z.infer<typeof gapAssessmentReportSchema>;
/** Whether first-run setup is still needed. */
export type SetupStatus = z.infer<typeof setupStatusSchema>;
/** Whether single sign-on is offered. */
export type SsoStatus = z.infer<typeof ssoStatusSchema>;

/** Request bodies, as the caller writes them (before the server normalises them). */
export type SetupInput = z.input<typeof setupInputSchema>;
export type LoginInput = z.input<typeof loginInputSchema>;
export type PasswordChangeInput = z.input<typeof passwordChangeInputSchema>;
export type OrganizationInput = z.input<typeof organizationInputSchema>;
export type MemberUpdateInput = z.input<typeof memberUpdateInputSchema>;
export type InvitationInput = z.input<typeof invitationInputSchema>;
export type InvitationAcceptInput = z.input<typeof invitationAcceptInputSchema>;
export type ApiTokenInput = z.input<typeof apiTokenInputSchema>;
export type GapAssessmentCreateInput = z.input<typeof gapAssessmentCreateInputSchema>;
export type GapAssessmentUpdateInput = z.input<typeof gapAssessmentUpdateInputSchema>;
export type GapAnswerUpdateInput = z.input<typeof gapAnswerUpdateInputSchema>;

/** Filters of the audit trail list and export (`cursor` and `limit` only matter for the list). */
export type AuditEventFilters = Omit<z.input<typeof auditEventQuerySchema>, 'cursor' | 'limit'>;
/** Paging of the audit trail list. */
export type AuditEventPaging = Pick<z.input<typeof auditEventQuerySchema>, 'cursor' | 'limit'>;
/** One page of the audit trail, newest first; `nextCursor` continues below it, null at the end. */
export interface AuditEventPage {
  data: AuditEventView[];
  nextCursor: number | null;
}

/** One problem with one field of a request, as the server reports validation failures. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** An error answer of the API: a DomainError that also knows the HTTP status and when to retry. */
export class ApiError extends DomainError {
  readonly status: number;
  /** Seconds to wait before trying again (429 answers). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, status: number, details?: unknown, retryAfterSeconds?: number) {
    super(code, message, details);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The per-field problems of a `validation_failed` answer, empty for other errors. */
  get issues(): ValidationIssue[] {
    return validationIssues(this.details);
  }
}

const issuesSchema = z.object({
  issues: z.array(
    z.object({ path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]), message: z.string() }),
  ),
});

/** Reads `details.issues` of a validation error into `{ path, message }` pairs with dotted paths. */
export function validationIssues(details: unknown): ValidationIssue[] {
  const parsed = issuesSchema.safeParse(details);
  if (!parsed.success) return [];
  return parsed.data.issues.map(({ path, message }) => ({
    path: Array.isArray(path) ? path.join('.') : path,
    message,
  }));
}

function statusToCode(status: number): ErrorCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return 'internal';
}

function retryAfterOf(response: Response, details: unknown): number | undefined {
  const fromDetails = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof fromDetails === 'number' && fromDetails > 0) return fromDetails;
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header : undefined;
}

/**
 * The current answer carried by a 409 `conflict` from saving a gap answer (someone saved it first), or
 * undefined for any other error: show it, let the user apply their change again with its `version`.
 */
export function conflictingGapAnswer(error: unknown): GapAnswer | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = z.object({ current: gapAnswerSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const noContent = z.undefined();
const envelope = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
const auditEventPageSchema = z.object({
  data: z.array(auditEventSchema),
  nextCursor: z.coerce.number().int().positive().nullish(),
});
const organizationWithRoleSchema = z.object({ organization: organizationSchema, role: roleSchema });

const segment = (value: string) => encodeURIComponent(value);

function auditQuery(filters: AuditEventFilters & AuditEventPaging & { format?: AuditExportFormat }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'number') params.set(key, String(value));
    else if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * A typed client of the Certa HTTP API that parses every response with the shared core schemas.
 *
 * In the browser it rides on the session cookie (same origin) and remembers the CSRF token that
 * sign-in, setup, accepting an invitation and GET /auth/me return, sending it on every state change.
 */
export class ApiClient {
  readonly #baseUrl: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;
  #csrfToken: string | null = null;

  constructor(options: ApiClientOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** The CSRF token sent on state-changing requests, or null before sign-in. */
  get csrfToken(): string | null {
    return this.#csrfToken;
  }

  /** Sends a request and parses the JSON answer with `schema`; failures become ApiErrors. */
  async request<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const isFile = body instanceof Blob || body instanceof Uint8Array;
    if (body !== undefined) headers['content-type'] = isFile ? 'application/octet-stream' : 'application/json';
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    else if (this.#csrfToken && !safeMethods.has(method.toUpperCase())) headers['x-csrf-token'] = this.#csrfToken;
    let response: Response;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : isFile ? (body as BodyInit) : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(
        'internal',
        `Cannot reach the Certa server at ${this.#baseUrl || 'this origin'}: ${(error as Error).message}`,
        0,
      );
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const parsedError = errorEnvelopeSchema.safeParse(json);
      if (parsedError.success) {
        const { code, message, details } = parsedError.data.error;
        throw new ApiError(
          (errorCodes as readonly string[]).includes(code) ? code : statusToCode(response.status),
          message,
          response.status,
          details,
          retryAfterOf(response, details),
        );
      }
      throw new ApiError(
        statusToCode(response.status),
        `The server answered ${response.status} ${response.statusText}`.trim(),
        response.status,
        undefined,
        retryAfterOf(response, undefined),
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(
        'internal',
        `Unexpected answer from the server for ${method} ${path}`,
        response.status,
        parsed.error.issues,
      );
    }
    return parsed.data;
  }

  async #data<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown): Promise<z.infer<T>> {
    // The envelope's type is generic in T, which TypeScript cannot see through: name it here.
    const answer = (await this.request(method, path, envelope(schema), body)) as { data: z.infer<T> };
    return answer.data;
  }

  async #signedIn(method: string, path: string, body?: unknown): Promise<Me> {
    const me = await this.#data(method, path, meSchema, body);
    this.#csrfToken = me.csrfToken;
    return me;
  }

  /** GET /api/health: the server's status, database kind and versions. */
  getHealth(): Promise<Health> {
    return this.request('GET', '/api/health', healthSchema);
  }

  // --- First run, sign-in and the caller -------------------------------------------------------------

  /** GET /api/v1/setup: whether the installation still needs its first owner. */
  getSetupStatus(): Promise<SetupStatus> {
    return this.#data('GET', '/api/v1/setup', setupStatusSchema);
  }

  /** GET /api/v1/auth/sso: whether single sign-on is configured, and the label of its button. */
  getSsoStatus(): Promise<SsoStatus> {
    return this.#data('GET', '/api/v1/auth/sso', ssoStatusSchema);
  }

  /** Where the browser goes to sign in through the identity provider, coming back to `returnTo`. */
  ssoStartUrl(returnTo: string): string {
    return `${this.#baseUrl}/api/v1/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`;
  }

  /** POST /api/v1/setup: creates the first owner and organisation and signs them in. */
  setup(input: SetupInput): Promise<Me> {
    return this.#signedIn('POST', '/api/v1/setup', input);
  }

  /** POST /api/v1/auth/login: signs in with email and password. */
  login(input: LoginInput): Promise<Me> {
    return this.#signedIn('POST', '/api/v1/auth/login', input);
  }

  /** POST /api/v1/auth/logout: ends this browser session. */
  async logout(): Promise<void> {
    await this.request('POST', '/api/v1/auth/logout', noContent);
    this.#csrfToken = null;
  }

  /** GET /api/v1/auth/me: the signed-in user and their memberships. */
  async me(): Promise<Me> {
    try {
      return await this.#signedIn('GET', '/api/v1/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unauthenticated') this.#csrfToken = null;
      throw error;
    }
  }

  /** Forgets the CSRF token, e.g. after the server said the session has ended. */
  forgetSession(): void {
    this.#csrfToken = null;
  }

  /** POST /api/v1/auth/password: changes the caller's password; their other sessions end. */
  changePassword(input: PasswordChangeInput): Promise<{ endedSessions: number }> {
    return this.#data('POST', '/api/v1/auth/password', z.object({ endedSessions: z.number().int() }), input);
  }

  // --- Organisations and members -----------------------------------------------------------------------

  /** GET /api/v1/organizations: the organisations the caller belongs to, with their role in each. */
  listOrganizations(): Promise<z.infer<typeof organizationWithRoleSchema>[]> {
    return this.#data('GET', '/api/v1/organizations', z.array(organizationWithRoleSchema));
  }

  /** POST /api/v1/organizations: creates an organisation; the caller becomes its owner. */
  createOrganization(input: OrganizationInput): Promise<OrganizationView> {
    return this.#data('POST', '/api/v1/organizations', organizationSchema, input);
  }

  /** GET /api/v1/organizations/{orgId}. */
  getOrganization(orgId: string): Promise<OrganizationView> {
    return this.#data('GET', `/api/v1/organizations/${segment(orgId)}`, organizationSchema);
  }

  /** PATCH /api/v1/organizations/{orgId}: renames an organisation (owners). */
  updateOrganization(orgId: string, input: OrganizationInput): Promise<OrganizationView> {
    return this.#data('PATCH', `/api/v1/organizations/${segment(orgId)}`, organizationSchema, input);
  }

  /** GET /api/v1/organizations/{orgId}/members. */
  listMembers(orgId: string): Promise<Member[]> {
    return this.#data('GET', `/api/v1/organizations/${segment(orgId)}/members`, z.array(memberSchema));
  }

  /** PATCH /api/v1/organizations/{orgId}/members/{membershipId}: a new role or end date (owners). */
  updateMember(orgId: string, membershipId: string, input: MemberUpdateInput): Promise<Member> {
    return this.#data(
      'PATCH',
      `/api/v1/organizations/${segment(orgId)}/members/${segment(membershipId)}`,
      memberSchema,
      input,
    );
  }

  /** DELETE /api/v1/organizations/{orgId}/members/{membershipId}: removes a member (owners). */
  async removeMember(orgId: string, membershipId: string): Promise<void> {
    await this.request('DELETE', `/api/v1/organizations/${segment(orgId)}/members/${segment(membershipId)}`, noContent);
  }

  // --- Invitations -------------------------------------------------------------------------------------

  /** POST /api/v1/organizations/{orgId}/invitations: invites someone; the answer carries the link once. */
  createInvitation(orgId: string, input: InvitationInput): Promise<Invitation> {
    return this.#data('POST', `/api/v1/organizations/${segment(orgId)}/invitations`, invitationSchema, input);
  }

  /** GET /api/v1/organizations/{orgId}/invitations. */
  listInvitations(orgId: string): Promise<Invitation[]> {
    return this.#data('GET', `/api/v1/organizations/${segment(orgId)}/invitations`, z.array(invitationSchema));
  }

  /** DELETE /api/v1/organizations/{orgId}/invitations/{invitationId}: revokes a pending invitation. */
  async revokeInvitation(orgId: string, invitationId: string): Promise<void> {
    await this.request(
      'DELETE',
      `/api/v1/organizations/${segment(orgId)}/invitations/${segment(invitationId)}`,
      noContent,
    );
  }

  /** GET /api/v1/invitations/{token}: what the invitee is invited to (public). */
  previewInvitation(token: string): Promise<InvitationPreview> {
    return this.#data('GET', `/api/v1/invitations/${segment(token)}`, invitationPreviewSchema);
  }

  /** POST /api/v1/invitations/{token}/accept: joins the organisation (creating the account if needed). */
  acceptInvitation(token: string, input: InvitationAcceptInput): Promise<Me> {
    return this.#signedIn('POST', `/api/v1/invitations/${segment(token)}/accept`, input);
  }

  // --- Personal API tokens -----------------------------------------------------------------------------

  /** GET /api/v1/api-tokens: the caller's tokens (never their secrets). */
  listApiTokens(): Promise<ApiToken[]> {
    return this.#data('GET', '/api/v1/api-tokens', z.array(apiTokenSchema));
  }

  /** POST /api/v1/api-tokens: creates a token; the answer carries the secret once. */
  createApiToken(input: ApiTokenInput): Promise<ApiToken> {
    return this.#data('POST', '/api/v1/api-tokens', apiTokenSchema, input);
  }

  /** DELETE /api/v1/api-tokens/{tokenId}: revokes a token. */
  async revokeApiToken(tokenId: string): Promise<void> {
    await this.request('DELETE', `/api/v1/api-tokens/${segment(tokenId)}`, noContent);
  }

  // --- Audit trail -------------------------------------------------------------------------------------

  /** GET /api/v1/organizations/{orgId}/audit-events: one page of events, newest first. */
  async listAuditEvents(
    orgId: string,
    filters: AuditEventFilters = {},
    paging: AuditEventPaging = {},
  ): Promise<AuditEventPage> {
    const page = await this.request(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/audit-events${auditQuery({ ...filters, ...paging })}`,
      auditEventPageSchema,
    );
    return { data: page.data, nextCursor: page.nextCursor ?? null };
  }

  /** Address of the audit trail export (a download: open it as a link, it uses the session cookie). */
  auditExportUrl(orgId: string, format: AuditExportFormat, filters: AuditEventFilters = {}): string {
    return `${this.#baseUrl}/api/v1/organizations/${segment(orgId)}/audit-events/export${auditQuery({ format, ...filters })}`;
  }

  /** GET /api/v1/organizations/{orgId}/audit-events/verification: checks the hash chain. */
  verifyAuditTrail(orgId: string): Promise<AuditVerification> {
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/audit-events/verification`,
      auditVerificationSchema,
    );
  }

  // --- Frameworks --------------------------------------------------------------------------------------

  /** GET /api/v1/organizations/{orgId}/frameworks: the frameworks the organisation can assess against. */
  listFrameworks(orgId: string): Promise<FrameworkSummary[]> {
    return this.#data('GET', `/api/v1/organizations/${segment(orgId)}/frameworks`, z.array(frameworkSummarySchema));
  }

  /** GET /api/v1/organizations/{orgId}/frameworks/{frameworkId}: one framework with its requirements. */
  getFramework(orgId: string, frameworkId: string): Promise<FrameworkDetail> {
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/frameworks/${segment(frameworkId)}`,
      frameworkDetailSchema,
    );
  }

  /**
   * POST /api/v1/organizations/{orgId}/framework-imports: imports a file (OSCAL, CISO Assistant, CSV, XLSX,
   * 27002 attributes); with `dryRun` it only checks the file and reports what would be created.
   */
  importFramework(
    orgId: string,
    file: Blob | Uint8Array,
    options: { fileName: string; format?: FrameworkImportFormat; catalogId?: string; dryRun?: boolean },
  ): Promise<FrameworkImportReport> {
    const query = new URLSearchParams({ fileName: options.fileName });
    if (options.format) query.set('format', options.format);
    if (options.catalogId) query.set('catalogId', options.catalogId);
    if (options.dryRun) query.set('dryRun', 'true');
    return this.#data(
      'POST',
      `/api/v1/organizations/${segment(orgId)}/framework-imports?${query.toString()}`,
      frameworkImportReportSchema,
      file,
    );
  }

  /** Address of a framework export (a download: open it as a link, it uses the session cookie). */
  frameworkExportUrl(orgId: string, frameworkId: string, format: FrameworkExportFormat): string {
    return `${this.#baseUrl}/api/v1/organizations/${segment(orgId)}/frameworks/${segment(frameworkId)}/export?format=${format}`;
  }

  /** Address of an import template: `csv` or `xlsx` for custom frameworks, `attributes` for 27002 attributes. */
  frameworkTemplateUrl(orgId: string, format: 'csv' | 'xlsx' | 'attributes'): string {
    return `${this.#baseUrl}/api/v1/organizations/${segment(orgId)}/framework-imports/template?format=${format}`;
  }

  /** GET /api/v1/organizations/{orgId}/requirements: requirements matching words and attribute values. */
  searchRequirements(
    orgId: string,
    query: { q?: string; frameworkId?: string; attribute?: string[]; limit?: number },
  ): Promise<RequirementSearchHit[]> {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.frameworkId) params.set('frameworkId', query.frameworkId);
    for (const attribute of query.attribute ?? []) params.append('attribute', attribute);
    if (query.limit) params.set('limit', String(query.limit));
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/requirements?${params.toString()}`,
      z.array(requirementSearchHitSchema),
    );
  }

  /** GET /api/v1/organizations/{orgId}/mapping-sets: pairs of frameworks with mappings between them. */
  listMappingSets(orgId: string): Promise<MappingSetSummary[]> {
    return this.#data('GET', `/api/v1/organizations/${segment(orgId)}/mapping-sets`, z.array(mappingSetSummarySchema));
  }

  /** GET /api/v1/organizations/{orgId}/mappings: mappings from one framework to another. */
  listMappings(orgId: string, sourceFrameworkId: string, targetFrameworkId: string): Promise<RequirementMappingView[]> {
    const params = new URLSearchParams({ sourceFrameworkId, targetFrameworkId });
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/mappings?${params.toString()}`,
      z.array(requirementMappingSchema),
    );
  }

  // --- Gap assessments ---------------------------------------------------------------------------------

  /** GET /api/v1/organizations/{orgId}/gap-assessments: the organisation's assessments, newest first. */
  listGapAssessments(orgId: string): Promise<GapAssessmentSummary[]> {
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments`,
      z.array(gapAssessmentSummarySchema),
    );
  }

  /** POST /api/v1/organizations/{orgId}/gap-assessments: starts an assessment against a framework version. */
  createGapAssessment(orgId: string, input: GapAssessmentCreateInput): Promise<GapAssessmentSummary> {
    return this.#data(
      'POST',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments`,
      gapAssessmentSummarySchema,
      input,
    );
  }

  /** GET /api/v1/organizations/{orgId}/gap-assessments/{assessmentId}: tree, answers and scores. */
  getGapAssessment(orgId: string, assessmentId: string): Promise<GapAssessmentDetail> {
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}`,
      gapAssessmentDetailSchema,
    );
  }

  /** PATCH /api/v1/organizations/{orgId}/gap-assessments/{assessmentId}: title, scope, dates, people. */
  updateGapAssessment(
    orgId: string,
    assessmentId: string,
    input: GapAssessmentUpdateInput,
  ): Promise<GapAssessmentSummary> {
    return this.#data(
      'PATCH',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}`,
      gapAssessmentSummarySchema,
      input,
    );
  }

  /** POST …/gap-assessments/{assessmentId}/transitions: moves the assessment to another status. */
  transitionGapAssessment(orgId: string, assessmentId: string, to: GapAssessmentStatus): Promise<GapAssessmentSummary> {
    return this.#data(
      'POST',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}/transitions`,
      gapAssessmentSummarySchema,
      { to },
    );
  }

  /**
   * PUT …/gap-assessments/{assessmentId}/answers/{requirementId}: saves an answer edited from `version`.
   * A stale version rejects with an ApiError `conflict` whose `details.current` is the current answer,
   * checked against the contract (read it with `conflictingGapAnswer`).
   */
  async saveGapAnswer(
    orgId: string,
    assessmentId: string,
    requirementId: string,
    input: GapAnswerUpdateInput,
  ): Promise<GapAnswer> {
    try {
      return await this.#data(
        'PUT',
        `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}/answers/${segment(requirementId)}`,
        gapAnswerSchema,
        input,
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'conflict') throw error;
      const current = conflictingGapAnswer(error);
      throw new ApiError('conflict', error.message, error.status, current ? { current } : error.details);
    }
  }

  /** GET …/gap-assessments/{assessmentId}/report: the gap report model (scores, gaps, roadmap) as JSON. */
  getGapReport(orgId: string, assessmentId: string): Promise<GapAssessmentReport> {
    return this.#data(
      'GET',
      `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}/report`,
      gapAssessmentReportSchema,
    );
  }
}
