import { z } from 'zod';
import { canonicalJson, type AuditEvent } from './audit-trail.ts';
import { auditEventQuerySchema } from './audit-trail.schemas.ts';

/** File formats of an audit trail export. */
export const auditExportFormats = ['csv', 'json'] as const;

/** A file format of an audit trail export. */
export type AuditExportFormat = (typeof auditExportFormats)[number];

/** Most events one export may hold; narrow the period to export more. */
export const auditExportLimit = 100_000;

/** GET …/audit-events/export query: the list filters without paging, plus the file format. */
export const auditExportQuerySchema = auditEventQuerySchema
  .omit({ cursor: true, limit: true })
  .extend({ format: z.enum(auditExportFormats).default('csv') })
  .strict();

/** Columns of the CSV export, in order. */
export const auditCsvColumns = [
  'sequence',
  'occurredAt',
  'actor',
  'action',
  'entityType',
  'entityId',
  'changes',
  'requestId',
  'ip',
  'hash',
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One CSV field: text that a spreadsheet would run as a formula gets a leading single quote, and a
 * field holding a comma, quote or line break is quoted (RFC 4180). Null becomes an empty field.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStarts.has(text.charAt(0))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders events as CSV (a header line, then one line per event; CRLF line ends as RFC 4180 asks). */
export function renderAuditEventsCsv(events: readonly AuditEvent[]): string {
  const lines = [auditCsvColumns.join(',')];
  for (const event of events) {
    const cells: (string | number | null)[] = [
      event.sequence,
      event.occurredAt.toISOString(),
      event.actorLabel,
      event.action,
      event.entityType,
      event.entityId,
      canonicalJson(event.changes),
      event.requestId,
      event.ip,
      event.hash,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file-name-safe form of a name: lower-case ASCII letters and digits joined by dashes. */
export function fileNameSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'organisation';
}

/** The download name of an export, e.g. `acme-ltd-audit-trail-2026-03-02.csv` (date in UTC). */
export function auditExportFileName(organizationName: string, at: Date, format: AuditExportFormat): string {
  return `${fileNameSlug(organizationName)}-audit-trail-${at.toISOString().slice(0, 10)}.${format}`;
}

/** Why a period filter cannot match anything sensible, or null when it is fine. */
export function auditPeriodProblem(period: { from?: Date; to?: Date }): string | null {
  if (period.from && period.to && period.from.getTime() > period.to.getTime()) {
    return 'The start of the period (from) is after its end (to)';
  }
  return null;
}
