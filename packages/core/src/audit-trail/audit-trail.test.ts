import { describe, expect, it } from 'vitest';
import {
  auditEventContent,
  canonicalJson,
  genesisHash,
  summarizeChanges,
  verifyAuditChain,
  type AuditEvent,
} from './audit-trail.ts';

// The chain logic does not depend on the hash function; core stays free of node:crypto, the database
// layer passes SHA-256.
function sha256(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let index = 0; index < text.length; index += 1) {
    a = Math.imul(a ^ text.charCodeAt(index), 0x01000193) >>> 0;
    b = Math.imul(b + text.charCodeAt(index), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function chain(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let previousHash = genesisHash;
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const draft: Omit<AuditEvent, 'hash'> = {
      id: `00000000-0000-4000-8000-00000000000${sequence}`,
      organizationId: 'org',
      sequence,
      occurredAt: new Date(Date.UTC(2026, 0, sequence)),
      actorUserId: null,
      actorLabel: 'owner@example.com',
      action: 'member.role_changed',
      entityType: 'membership',
      entityId: `m-${sequence}`,
      changes: { role: { before: 'viewer', after: 'auditor' } },
      requestId: 'r',
      ip: '127.0.0.1',
      previousHash,
    };
    const event = { ...draft, hash: sha256(auditEventContent(draft)) };
    events.push(event);
    previousHash = event.hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: new Date(0) } })).toBe(
      canonicalJson({ a: { c: new Date(0), d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });
});

describe('summarizeChanges', () => {
  it.each([
    ['a creation', undefined, { name: 'Acme', role: 'owner' }, { name: { after: 'Acme' }, role: { after: 'owner' } }],
    ['a deletion', { name: 'Acme' }, undefined, { name: { before: 'Acme' } }],
    [
      'an update',
      { name: 'Acme', role: 'viewer' },
      { name: 'Acme', role: 'auditor' },
      { role: { before: 'viewer', after: 'auditor' } },
    ],
    ['no change', { name: 'Acme' }, { name: 'Acme' }, {}],
    ['a secret', { passwordHash: 'x' }, { passwordHash: 'y' }, { passwordHash: { after: '(changed)' } }],
  ])('records %s', (_label, before, after, expected) => {
    expect(summarizeChanges(before, after)).toEqual(expected);
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain', () => {
    const events = chain(4);
    expect(verifyAuditChain(events, sha256, 4)).toEqual({ ok: true, checked: 4, lastHash: events[3]?.hash });
  });

  it('accepts an empty chain', () => {
    expect(verifyAuditChain([], sha256, 0)).toEqual({ ok: true, checked: 0, lastHash: genesisHash });
  });

  it('finds an altered event', () => {
    const events = chain(4);
    events[2] = { ...events[2]!, changes: { role: { before: 'viewer', after: 'owner' } } };
    expect(verifyAuditChain(events, sha256)).toMatchObject({
      ok: false,
      sequence: 3,
      problem: 'event 3 was altered after it was recorded',
    });
  });

  it('finds a removed event', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events, sha256)).toMatchObject({ ok: false, sequence: 2, problem: 'event 2 is missing' });
  });

  it('finds a removed last event through the expected length', () => {
    expect(verifyAuditChain(chain(4).slice(0, 3), sha256, 4)).toMatchObject({ ok: false, sequence: 4 });
  });

  it('finds an event re-hashed after it was altered, because the next one no longer follows it', () => {
    const events = chain(4);
    const altered = { ...events[1]!, actorLabel: 'someone-else@example.com' };
    events[1] = { ...altered, hash: sha256(auditEventContent(altered)) };
    expect(verifyAuditChain(events, sha256)).toMatchObject({
      ok: false,
      sequence: 3,
      problem: 'event 3 does not follow the one before it',
    });
  });
});
