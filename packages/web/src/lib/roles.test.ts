import { describe, expect, it } from 'vitest';
import { whyNotAllowed } from './roles.ts';

describe('whyNotAllowed', () => {
  it('names the roles core allows, and the caller role', () => {
    expect(whyNotAllowed('member.manage', 'viewer')).toBe('Only owners can do this. Your role here is Viewer.');
    expect(whyNotAllowed('auditTrail.read', 'contributor')).toBe(
      'Owners, ISMS managers and auditors can do this. Your role here is Contributor.',
    );
  });
});
