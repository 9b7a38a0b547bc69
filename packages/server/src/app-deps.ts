import type { Database, EvidenceStore } from '@certa/db';
import type { FastifyBaseLogger } from 'fastify';
import type { OidcSettings } from './auth/oidc.ts';

/** Sessions, cookies and links. */
export interface AuthSettings {
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, active or not. */
  sessionMaxHours: number;
  /** Secure flag on cookies: `auto` sets it when the request came over HTTPS (see --trust-proxy). */
  cookieSecure: 'auto' | boolean;
  /** Days an invitation link stays valid. */
  invitationValidDays: number;
  /** Address users reach Certa at, for links in emails; defaults to the address of the request. */
  publicUrl?: string;
}

/** Sensible defaults: 2 hours idle, 12 hours at most, invitations valid 7 days. */
export const defaultAuthSettings: AuthSettings = {
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
  cookieSecure: 'auto',
  invitationValidDays: 7,
};

/** An email to send. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends email; only present when SMTP is configured (Certa needs no mail server). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** What the app needs from the outside world, built once by the caller of buildApp. */
export interface AppDeps {
  readonly database: Database;
  /** Structured logger; omit for a silent app (tests). */
  readonly logger?: FastifyBaseLogger;
  /** Current time; tests pass a controllable clock. */
  readonly clock: () => Date;
  /** Folder of the built web app; omit to serve the API only. */
  readonly webDir?: string;
  /** Largest accepted request body. */
  readonly bodyLimitBytes?: number;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  readonly trustProxy?: boolean;
  readonly auth?: Partial<AuthSettings>;
  readonly mailer?: Mailer;
  /** Single sign-on; omit to offer password sign-in only. */
  readonly oidc?: OidcSettings;
  /**
   * Milliseconds a session, a membership or a framework lookup is reused before it is read again
   * (changes made through this process apply at once; other replicas see them within this time).
   * Default 0 (always read); `certa serve` uses 1000.
   */
  readonly lookupCacheMs?: number;
  /** Where evidence files are kept; omit and evidence items can be listed and edited but take no files. */
  readonly evidenceStore?: EvidenceStore;
}
