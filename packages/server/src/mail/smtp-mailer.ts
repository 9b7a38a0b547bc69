import { DomainError } from '@certa/core';
import nodemailer from 'nodemailer';
import type { Mailer } from '../app-deps.ts';

/**
 * A mailer that sends through an SMTP server given as a URL: `smtp://user:pass@host:587` (STARTTLS
 * when the server offers it) or `smtps://user:pass@host:465` (TLS from the start).
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    // Nodemailer waits up to two minutes by default; an owner is waiting for the answer.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/**
 * The mailer configured by `CERTA_SMTP_URL` (and `CERTA_MAIL_FROM`), with the server it uses (no
 * credentials, for the log), or undefined when mail is not set up: Certa works without a mail server,
 * owners then pass invitation links on themselves.
 */
export function mailerFromEnv(env: Record<string, string | undefined>): { mailer: Mailer; server: string } | undefined {
  const url = env.CERTA_SMTP_URL?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DomainError('validation_failed', 'CERTA_SMTP_URL is not a URL; use smtp://user:password@host:587');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new DomainError('validation_failed', 'CERTA_SMTP_URL must start with smtp:// or smtps://');
  }
  return {
    mailer: createSmtpMailer(url, env.CERTA_MAIL_FROM?.trim() || 'certa@localhost'),
    server: `${parsed.protocol}//${parsed.host}`,
  };
}
