import { assertCan, renderRequirementTexts, type FrameworkExportFormat } from '@certa/core';
import { toFrameworkCsv, toFrameworkXlsx, toOscalCatalog } from '@certa/interop';
import type { Database } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import { presentFrameworkSummary, presentRequirement } from '../presenters/library.presenter.ts';
import { readFrameworkTree } from './library.service.ts';

/** A file ready to download or write. */
export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

const extensions: Record<FrameworkExportFormat, { suffix: string; contentType: string }> = {
  oscal: { suffix: '.oscal.json', contentType: 'application/oscal.catalog+json' },
  json: { suffix: '.json', contentType: 'application/json' },
  csv: { suffix: '.csv', contentType: 'text/csv; charset=utf-8' },
  xlsx: { suffix: '.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** Exports a framework an organisation can use (built-in only when null) as OSCAL, Certa JSON, CSV or XLSX. */
export async function exportFramework(
  database: Database,
  organizationId: string | null,
  idOrSlug: string,
  format: FrameworkExportFormat,
): Promise<ExportedFile> {
  const tree = await readFrameworkTree(database, organizationId, idOrSlug);
  const input = { framework: tree.framework, requirements: tree.requirements };
  // OSCAL keeps parameter placeholders and parameters; spreadsheets are read by people: show the values.
  const forPeople = { framework: tree.framework, requirements: tree.requirements.map(renderRequirementTexts) };
  const encoder = new TextEncoder();
  let body: Uint8Array;
  if (format === 'oscal') body = encoder.encode(`${JSON.stringify(toOscalCatalog(input), null, 2)}\n`);
  else if (format === 'json')
    body = encoder.encode(
      `${JSON.stringify(
        { ...presentFrameworkSummary(tree.framework), requirements: tree.requirements.map(presentRequirement) },
        null,
        2,
      )}\n`,
    );
  else if (format === 'csv') body = encoder.encode(toFrameworkCsv(forPeople));
  else body = await toFrameworkXlsx(forPeople);
  const { suffix, contentType } = extensions[format];
  return {
    fileName: `${tree.framework.slug}-${tree.framework.version}${suffix}`.replace(/[^\w.+-]/g, '_'),
    contentType,
    body,
  };
}

/** Exports a framework of the caller's organisation. */
export async function exportOrganizationFramework(
  deps: AppDeps,
  context: RequestContext,
  frameworkId: string,
  format: FrameworkExportFormat,
): Promise<ExportedFile> {
  assertCan(context.actor, 'ismsContent.read');
  return exportFramework(deps.database, context.actor.membership?.organizationId ?? null, frameworkId, format);
}
