import { describe, expect, it } from 'vitest';
import {
  auditExportFileName,
  auditExportQuerySchema,
  auditPeriodProblem,
  csvCell,
  fileNameSlug,
  renderAuditEventsCsv,
} from './audit-export.ts';
import type { AuditEvent } from './audit-trail.ts';

const event: AuditEvent = {
  id: '00000000-0000-4000-8000-000000000001',
  organizationId: '00000000-0000-4000-8000-0000000000aa',
  sequence: 7,
  occurredAt: new Date('2026-03-02T09:30:00.123Z'),
  actorUserId: null,
  actorLabel: 'owner@example.com',
  action: 'member.updated',
  entityType: 'membership',
  entityId: 'm-1',
  changes: { role: { before: 'viewer', after: 'auditor' }, email: { before: 'a@example.com' } },
  requestId: 'req-1',
  ip: '127.0.0.1',
  previousHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
};

describe('csvCell', () => {
  it.each([
    ['plain text', 'member.added', 'member.added'],
    ['a number', 42, '42'],
    ['null', null, ''],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a formula with =', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a formula with +', '+1+1', "'+1+1"],
    ['a formula with -', '-2+3', "'-2+3"],
    ['a formula with @', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['an = later in the text', 'a=b', 'a=b'],
  ])('writes %s safely', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('renderAuditEventsCsv', () => {
  it('writes the header and one line per event, changes as canonical JSON', () => {
    const csv = renderAuditEventsCsv([event, { ...event, sequence: 8, entityId: null, requestId: '=cmd', ip: null }]);
    expect(csv.split('\r\n')).toEqual([
      'sequence,occurredAt,actor,action,entityType,entityId,changes,requestId,ip,hash',
      `7,2026-03-02T09:30:00.123Z,owner@example.com,member.updated,membership,m-1,"{""email"":{""before"":""a@example.com""},""role"":{""after"":""auditor"",""before"":""viewer""}}",req-1,127.0.0.1,${'f'.repeat(64)}`,
      `8,2026-03-02T09:30:00.123Z,owner@example.com,member.updated,membership,,"{""email"":{""before"":""a@example.com""},""role"":{""after"":""auditor"",""before"":""viewer""}}",'=cmd,,${'f'.repeat(64)}`,
      '',
    ]);
  });

  it('writes only the header for no events', () => {
    expect(renderAuditEventsCsv([])).toBe(
      'sequence,occurredAt,actor,action,entityType,entityId,changes,requestId,ip,hash\r\n',
    );
  });
});

describe('auditExportFileName', () => {
  it.each([
    ['Acme Ltd', 'acme-ltd'],
    ['Société Générale — Paris', 'societe-generale-paris'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['株式会社', 'organisation'],
    ['A'.repeat(100), 'a'.repeat(60)],
  ])('names the export of %j after %j', (name, slug) => {
    expect(fileNameSlug(name)).toBe(slug);
    expect(auditExportFileName(name, new Date('2026-03-02T23:59:00Z'), 'csv')).toBe(
      `${slug}-audit-trail-2026-03-02.csv`,
    );
  });
});

describe('auditPeriodProblem', () => {
  const early = new Date('2026-01-01T00:00:00Z');
  const late = new Date('2026-02-01T00:00:00Z');
  it.each([
    ['no period', {}, false],
    ['only a start', { from: late }, false],
    ['a start before the end', { from: early, to: late }, false],
    ['a single instant', { from: early, to: early }, false],
    ['a start after the end', { from: late, to: early }, true],
  ])('judges %s', (_label, period, isProblem) => {
    expect(auditPeriodProblem(period) !== null).toBe(isProblem);
  });
});

describe('auditExportQuerySchema', () => {
  it('defaults to CSV, keeps the filters and refuses paging or unknown parameters', () => {
    expect(auditExportQuerySchema.parse({ action: 'member.added' })).toEqual({ action: 'member.added', format: 'csv' });
    expect(auditExportQuerySchema.safeParse({ format: 'xlsx' }).success).toBe(false);
    expect(auditExportQuerySchema.safeParse({ limit: '5' }).success).toBe(false);
    expect(auditExportQuerySchema.safeParse({ cursor: '5' }).success).toBe(false);
  });
});
