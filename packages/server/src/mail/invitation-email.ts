import type { Role } from '@certa/core';
import type { MailMessage } from '../app-deps.ts';

const roleNames: Record<Role, string> = {
  owner: 'owner',
  isms_manager: 'ISMS manager',
  auditor: 'auditor',
  contributor: 'contributor',
  viewer: 'viewer',
};

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The invitation email, in plain text. */
export function invitationEmail(details: {
  to: string;
  inviter: { name: string; email: string };
  organizationName: string;
  role: Role;
  link: string;
  expiresAt: Date;
  membershipExpiresAt: Date | null;
}): MailMessage {
  // Names are free text: keep the subject on one line whatever they contain.
  const organizationName = details.organizationName.replace(/\s+/g, ' ');
  const lines = [
    `${details.inviter.name} (${details.inviter.email}) invites you to join ${organizationName} in Certa as ${roleNames[details.role]}.`,
    '',
    'Open this link to accept the invitation:',
    details.link,
    '',
    `The link works once and expires on ${formatUtc(details.expiresAt)}.`,
  ];
  if (details.membershipExpiresAt) {
    lines.push(`Your access to ${organizationName} will end on ${formatUtc(details.membershipExpiresAt)}.`);
  }
  lines.push('', 'If you did not expect this invitation, ignore this email: nothing happens unless you accept it.');
  return {
    to: details.to,
    subject: `Invitation to join ${organizationName} in Certa`,
    text: `${lines.join('\n')}\n`,
  };
}
