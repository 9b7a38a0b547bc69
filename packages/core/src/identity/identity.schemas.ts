import { z } from 'zod';
import { invitationStatuses, minimumPasswordLength, normalizeEmail, roles } from './identity.ts';

/** An email address, trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }))
  .transform(normalizeEmail);

/** A new password: at least 12 characters, and a sane upper bound so hashing stays cheap. */
export const newPasswordSchema = z
  .string()
  .min(minimumPasswordLength, { message: `Use at least ${minimumPasswordLength} characters` })
  .max(256, { message: 'Use at most 256 characters' });

/** A person's display name. */
export const personNameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(120);

/** An organisation's name. */
export const organizationNameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(160);

/** A role, as stored and sent. */
export const roleSchema = z.enum(roles);

/** A uuid path parameter. */
export const idSchema = z.uuid({ message: 'Not a valid id' });

/** POST /api/v1/auth/login body. */
export const loginInputSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(256) })
  .strict()
  .meta({ id: 'LoginRequest' });

/** POST /api/v1/setup body: the first owner and organisation. */
export const setupInputSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    password: newPasswordSchema,
    organizationName: organizationNameSchema,
  })
  .strict()
  .meta({ id: 'SetupRequest' });

/** POST /api/v1/auth/password body. */
export const passwordChangeInputSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: newPasswordSchema })
  .strict()
  .meta({ id: 'PasswordChangeRequest' });

/** An organisation as the API shows it. */
export const organizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    demo: z.boolean().default(false).describe('The demo organisation: fictional data, removable as a whole'),
  })
  .meta({ id: 'Organization' });

/** POST /api/v1/organizations and PATCH /api/v1/organizations/{id} body. */
export const organizationInputSchema = z
  .object({ name: organizationNameSchema })
  .strict()
  .meta({ id: 'OrganizationRequest' });

/** A user as the API shows it. */
export const userSchema = z
  .object({ id: z.uuid(), email: z.string(), name: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'User' });

/** A membership as seen by its own user (GET /auth/me). */
export const myMembershipSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    expiresAt: z.iso.datetime().nullable(),
    organization: organizationSchema,
  })
  .meta({ id: 'MyMembership' });

/** GET /api/v1/auth/me answer. */
export const meSchema = z
  .object({
    user: userSchema,
    memberships: z.array(myMembershipSchema),
    /** Send back in X-CSRF-Token on state-changing requests that use the session cookie. */
    csrfToken: z.string().nullable(),
    via: z.enum(['session', 'token']),
  })
  .meta({ id: 'Me' });

/** A member of an organisation, as its members list shows it. */
export const memberSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    expiresAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  })
  .meta({ id: 'Member' });

/** PATCH /api/v1/organizations/{orgId}/members/{id} body. */
export const memberUpdateInputSchema = z
  .object({ role: roleSchema.optional(), expiresAt: z.iso.datetime().nullable().optional() })
  .strict()
  .meta({ id: 'MemberUpdateRequest' });

/** POST /api/v1/organizations/{orgId}/invitations body. */
export const invitationInputSchema = z
  .object({
    email: emailSchema,
    role: roleSchema,
    /** End of the membership the invitation grants (time-limited external auditors). */
    membershipExpiresAt: z.iso.datetime().nullable().optional(),
  })
  .strict()
  .meta({ id: 'InvitationRequest' });

/** An invitation as the owner sees it; `link` only once, when it is created. */
export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: roleSchema,
    membershipExpiresAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    status: z.enum(invitationStatuses),
    emailed: z.boolean(),
    link: z.string().optional(),
  })
  .meta({ id: 'Invitation' });

/** GET /api/v1/invitations/{token}: what an invitee sees before accepting. */
export const invitationPreviewSchema = z
  .object({
    organizationName: z.string(),
    email: z.string(),
    role: roleSchema,
    /** True when an account with this email exists: the invitee signs in instead of creating one. */
    hasAccount: z.boolean(),
  })
  .meta({ id: 'InvitationPreview' });

/** POST /api/v1/invitations/{token}/accept body; name and password only for a new account. */
export const invitationAcceptInputSchema = z
  .object({ name: personNameSchema.optional(), password: newPasswordSchema.optional() })
  .strict()
  .meta({ id: 'InvitationAcceptRequest' });

/** POST /api/v1/api-tokens body. */
export const apiTokenInputSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'Enter a name' }).max(80),
    expiresInDays: z.number().int().min(1).max(366),
  })
  .strict()
  .meta({ id: 'ApiTokenRequest' });

/** A personal API token; `token` only once, when it is created. */
export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    token: z.string().optional(),
  })
  .meta({ id: 'ApiToken' });

/** GET /api/v1/auth/sso answer: whether single sign-on is offered, and the label of its button. */
export const ssoStatusSchema = z
  .object({ enabled: z.boolean(), name: z.string().nullable() })
  .meta({ id: 'SsoStatus' });

/** GET /api/v1/setup answer. */
export const setupStatusSchema = z.object({ needsSetup: z.boolean() }).meta({ id: 'SetupStatus' });
