import { randomUUID, createHash } from 'node:crypto';
import {
  assertCan,
  checkImportedTree,
  DomainError,
  iso27001FrameworkInfo,
  normalizeIsoReference,
  type Framework,
  type FrameworkImportFormat,
  type FrameworkImportReport,
  type ImportedFramework,
  type ImportedMapping,
  type ImportProblem,
  type ParsedImport,
  type Requirement,
} from '@certa/core';
import {
  appendAuditEvent,
  findBuiltInFramework,
  findFrameworkBySourceKey,
  findFrameworksBySourceFileName,
  findFrameworkVisibleTo,
  findOwnedFramework,
  insertFrameworkWithRequirements,
  listRequirementKeys,
  listRequirements,
  replaceOrganizationAttributes,
  countExistingPairs,
  upsertMappings,
  type AuditContext,
  type Database,
  type Executor,
  type NewRequirementMapping,
} from '@certa/db';
import {
  assertImportSize,
  detectImportFormat,
  parseFrameworkFile,
  rejectImport,
  resolveOscalProfile,
  storedToImportedFramework,
} from '@certa/interop';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';

/** How a file is to be imported. */
export interface FrameworkImportOptions {
  fileName: string;
  /** Detected from the name and content when absent. */
  format?: FrameworkImportFormat;
  /** The imported catalog a profile is resolved against, or the framework an attributes file applies to. */
  catalogId?: string;
  /** Check and report only. */
  dryRun: boolean;
  /** Called as the import advances (for progress bars). */
  onProgress?: (stage: 'reading' | 'checking' | 'writing' | 'done', done: number, total: number) => void;
}

/** The organisation importing and the audit context of the change. */
export interface ImportingActor {
  organizationId: string;
  audit: AuditContext;
}

// CISO Assistant names the ISO/IEC 27001:2022 library this way; its mappings then land on the built-in.
const cisoAssistantIsoFramework = 'urn:intuitem:risk:framework:iso27001-2022';
const cisoAssistantIsoNodePrefix = 'urn:intuitem:risk:req_node:iso27001-2022:';

interface PlannedFramework {
  imported: ImportedFramework;
  existing: Framework | undefined;
  framework: Framework;
  requirements: Requirement[];
}

interface ResolvedEnd {
  frameworkId: string;
  name: string;
  keyToId: Map<string, string>;
}

/**
 * Imports a framework file for an organisation: reads and checks everything first (collecting every
 * problem), then, unless it is a dry run, writes it all in one transaction with its audit events.
 * Re-importing the same file changes nothing; a new version is added beside the old ones.
 */
export async function importFrameworkFile(
  database: Database,
  actor: ImportingActor,
  bytes: Uint8Array,
  options: FrameworkImportOptions,
): Promise<FrameworkImportReport> {
  const { fileName } = options;
  const progress = options.onProgress ?? (() => undefined);
  assertImportSize(bytes, fileName);
  progress('reading', 0, 1);
  const format = options.format ?? detectImportFormat(bytes, fileName);
  const parsed = await parseFrameworkFile(bytes, fileName, format);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  progress('checking', 0, 1);
  const db = database.db;
  const report: FrameworkImportReport = {
    fileName,
    format,
    sha256,
    dryRun: options.dryRun,
    frameworks: [],
    resolvedAgainst: null,
    mappingSets: [],
    attributes: null,
    warnings: [],
  };

  if (parsed.kind === 'attributes') return importAttributes(database, actor, parsed, options, report);

  let frameworks: ImportedFramework[];
  let mappings: ImportedMapping[] = [];
  if (parsed.kind === 'profile') {
    const catalog = await profileCatalog(db, actor.organizationId, parsed.profile.catalogHrefs, options);
    const requirements = await listRequirements(db, catalog.id);
    frameworks = [resolveOscalProfile(parsed.profile, storedToImportedFramework(catalog, requirements), fileName)];
    report.resolvedAgainst = { frameworkId: catalog.id, name: catalog.name, version: catalog.version };
  } else {
    frameworks = parsed.frameworks;
    mappings = parsed.mappings;
  }

  const problems: ImportProblem[] = [];
  const planned: PlannedFramework[] = [];
  for (const imported of frameworks) {
    problems.push(
      ...checkImportedTree(imported, `${fileName}: ${imported.name}`),
      ...unstorableText(imported, fileName),
    );
    const existing = await findOwnedFramework(db, actor.organizationId, imported.slug, imported.version);
    if (existing && existing.sourceSha256 !== sha256)
      problems.push({
        location: `${fileName}: ${imported.name}`,
        message: `Version "${imported.version}" of ${imported.slug} is already in the library from another file; give this file a new version to add it beside the old one`,
      });
    planned.push({ imported, existing, ...plannedRows(imported, actor.organizationId, format, fileName, sha256) });
  }

  const plannedMappings = await resolveMappings(db, actor.organizationId, planned, mappings, fileName, problems);
  if (problems.length > 0) rejectImport(fileName, problems);

  for (const plan of planned) {
    const requirements = plan.imported.requirements;
    report.frameworks.push({
      slug: plan.imported.slug,
      version: plan.imported.version,
      name: plan.imported.name,
      publisher: plan.imported.publisher,
      requirementCount: requirements.length,
      assessableCount: requirements.filter((node) => node.assessable).length,
      withdrawnCount: requirements.filter((node) => node.withdrawn).length,
      parameterCount: requirements.reduce((sum, node) => sum + node.parameters.length, 0),
      status: plan.existing ? 'unchanged' : 'new',
      frameworkId: plan.existing?.id ?? (options.dryRun ? null : plan.framework.id),
    });
  }
  for (const set of plannedMappings) {
    const existingPairs = await countExistingPairs(db, actor.organizationId, set.rows);
    report.mappingSets.push({
      source: set.source,
      target: set.target,
      count: set.rows.length,
      status: existingPairs === set.rows.length ? 'unchanged' : 'new',
    });
  }
  if (options.dryRun) {
    progress('done', 1, 1);
    return report;
  }

  const total = planned.reduce((sum, plan) => sum + plan.requirements.length, 0) + plannedMappings.length;
  await db.transaction(async (tx) => {
    let done = 0;
    for (const plan of planned) {
      if (plan.existing) continue;
      await insertFrameworkWithRequirements(tx, plan.framework, plan.requirements);
      done += plan.requirements.length;
      progress('writing', done, total);
      await appendAuditEvent(
        tx,
        {
          organizationId: actor.organizationId,
          action: 'framework.imported',
          entityType: 'framework',
          entityId: plan.framework.id,
          changes: {
            name: { after: plan.framework.name },
            version: { after: plan.framework.version },
            format: { after: format },
            file: { after: fileName },
            requirements: { after: plan.requirements.length },
            ...(report.resolvedAgainst ? { resolvedAgainst: { after: report.resolvedAgainst.frameworkId } } : {}),
          },
        },
        actor.audit,
      );
    }
    for (const set of plannedMappings) {
      const added = await upsertMappings(tx, actor.organizationId, set.rows);
      done += 1;
      progress('writing', done, total);
      if (added === 0) continue;
      await appendAuditEvent(
        tx,
        {
          organizationId: actor.organizationId,
          action: 'framework.mappings_imported',
          entityType: 'framework',
          entityId: set.sourceFrameworkId,
          changes: {
            source: { after: set.source },
            target: { after: set.target },
            mappings: { after: set.rows.length },
            file: { after: fileName },
          },
        },
        actor.audit,
      );
    }
  });
  progress('done', 1, 1);
  return report;
}

// PostgreSQL cannot store NUL in text, and a lone surrogate would be silently altered.
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be found
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Problems for text of an imported framework that the database cannot store faithfully. */
function unstorableText(imported: ImportedFramework, fileName: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const check = (where: string, value: unknown): void => {
    if (typeof value === 'string') {
      if (unstorable.test(value))
        problems.push({ location: `${fileName}: ${where}`, message: 'Contains NUL or a broken surrogate pair' });
    } else if (Array.isArray(value)) value.forEach((entry) => check(where, entry));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((entry) => check(where, entry));
  };
  check(imported.name, { ...imported, requirements: [] });
  for (const node of imported.requirements) check(`${imported.name} ${node.key}`, node);
  return problems;
}

/** Rows to insert for one imported framework, with fresh ids. */
function plannedRows(
  imported: ImportedFramework,
  organizationId: string,
  format: FrameworkImportFormat,
  fileName: string,
  sha256: string,
): { framework: Framework; requirements: Requirement[] } {
  const framework: Framework = {
    id: randomUUID(),
    organizationId,
    slug: imported.slug,
    version: imported.version,
    name: imported.name,
    publisher: imported.publisher,
    licenceNote: imported.licenceNote,
    source: 'imported',
    sourceKey: imported.key,
    description: imported.description,
    sourceFormat: format,
    sourceFileName: fileName,
    sourceSha256: sha256,
    createdAt: new Date(),
  };
  const idOf = new Map(imported.requirements.map((node) => [node.key, randomUUID()]));
  const requirements = imported.requirements.map((node, position): Requirement => ({
    id: idOf.get(node.key) ?? randomUUID(),
    frameworkId: framework.id,
    parentId: node.parentKey === null ? null : (idOf.get(node.parentKey) ?? null),
    refId: node.refId,
    title: node.title,
    kind: node.kind,
    assessable: node.assessable,
    position,
    description: node.description,
    guidance: node.guidance,
    objectives: node.objectives,
    typicalEvidence: node.typicalEvidence,
    withdrawn: node.withdrawn,
    sourceKey: node.key,
    attributes: node.attributes,
    parameters: node.parameters,
  }));
  return { framework, requirements };
}

/** The catalog a profile is resolved against: the one named, or an import of the file the profile names. */
async function profileCatalog(
  db: Executor,
  organizationId: string,
  hrefs: readonly string[],
  options: FrameworkImportOptions,
): Promise<Framework> {
  if (options.catalogId !== undefined) {
    const named = await findFrameworkVisibleTo(db, organizationId, options.catalogId);
    if (!named) throw new DomainError('not_found', `No framework ${options.catalogId} to resolve the profile against`);
    return named;
  }
  for (const href of hrefs) {
    const base = href.split(/[\\/]/).pop() ?? href;
    const [match] = await findFrameworksBySourceFileName(db, organizationId, base);
    if (match) return match;
  }
  return rejectImport(options.fileName, [
    {
      location: options.fileName,
      message: `The profile imports the catalog ${hrefs.map((href) => `"${href}"`).join(' / ')}, which is not in the library. Import that catalog first, or choose an imported catalog to resolve the profile against (the catalog field of the import form, or --catalog ID on the command line)`,
    },
  ]);
}

/** Resolves each mapping's ends to stored or planned requirements, collecting problems. */
async function resolveMappings(
  db: Executor,
  organizationId: string,
  planned: readonly PlannedFramework[],
  mappings: readonly ImportedMapping[],
  fileName: string,
  problems: ImportProblem[],
): Promise<{ source: string; target: string; sourceFrameworkId: string; rows: NewRequirementMapping[] }[]> {
  const ends = new Map<string, ResolvedEnd | null>();
  const endFor = async (frameworkKey: string): Promise<ResolvedEnd | null> => {
    if (ends.has(frameworkKey)) return ends.get(frameworkKey) ?? null;
    let end: ResolvedEnd | null = null;
    const inFile = planned.find((plan) => plan.imported.key === frameworkKey);
    if (inFile) {
      const stored = inFile.existing;
      const keyToId = stored
        ? new Map((await listRequirementKeys(db, stored.id)).map((row) => [row.sourceKey, row.id]))
        : new Map(inFile.requirements.map((row) => [row.sourceKey, row.id]));
      end = { frameworkId: stored?.id ?? inFile.framework.id, name: inFile.imported.name, keyToId };
    } else {
      const stored = await findFrameworkBySourceKey(db, organizationId, frameworkKey);
      if (stored)
        end = {
          frameworkId: stored.id,
          name: stored.name,
          keyToId: new Map((await listRequirementKeys(db, stored.id)).map((row) => [row.sourceKey, row.id])),
        };
      else if (frameworkKey === cisoAssistantIsoFramework) {
        const iso = await findBuiltInFramework(db, iso27001FrameworkInfo.slug, iso27001FrameworkInfo.version);
        // Node urns end in the reference (`…:a.5.1`), matched through isoNode().
        if (iso)
          end = {
            frameworkId: iso.id,
            name: iso.name,
            keyToId: new Map(
              (await listRequirementKeys(db, iso.id)).map((row) => [
                `${cisoAssistantIsoNodePrefix}${row.refId.toLowerCase()}`,
                row.id,
              ]),
            ),
          };
      }
    }
    ends.set(frameworkKey, end);
    return end;
  };
  const sets = new Map<
    string,
    { source: string; target: string; sourceFrameworkId: string; rows: NewRequirementMapping[] }
  >();
  for (const [index, mapping] of mappings.entries()) {
    const where = `${fileName}: mapping ${index + 1}`;
    const source = await endFor(mapping.sourceFrameworkKey);
    const target = await endFor(mapping.targetFrameworkKey);
    if (!source || !target) {
      const missing = !source ? mapping.sourceFrameworkKey : mapping.targetFrameworkKey;
      const already = problems.some((problem) => problem.message.includes(`"${missing}"`));
      if (!already)
        problems.push({
          location: where,
          message: `Framework "${missing}" is neither in this file nor in the library; import it first`,
        });
      continue;
    }
    const sourceId = source.keyToId.get(mapping.sourceRequirementKey) ?? isoNode(source, mapping.sourceRequirementKey);
    const targetId = target.keyToId.get(mapping.targetRequirementKey) ?? isoNode(target, mapping.targetRequirementKey);
    if (!sourceId || !targetId) {
      problems.push({
        location: where,
        message: `Requirement "${!sourceId ? mapping.sourceRequirementKey : mapping.targetRequirementKey}" is not in ${!sourceId ? source.name : target.name}`,
      });
      continue;
    }
    const setKey = `${source.frameworkId} ${target.frameworkId}`;
    const set = sets.get(setKey) ?? {
      source: source.name,
      target: target.name,
      sourceFrameworkId: source.frameworkId,
      rows: [],
    };
    set.rows.push({
      id: randomUUID(),
      sourceRequirementId: sourceId,
      targetRequirementId: targetId,
      relationship: mapping.relationship,
      strength: mapping.strength,
      rationale: mapping.rationale,
    });
    sets.set(setKey, set);
  }
  return [...sets.values()];
}

/** A CISO Assistant ISO/IEC 27001 node urn (`…:a.5.1`, `…:5.1`) resolved to the built-in requirement. */
function isoNode(end: ResolvedEnd, key: string): string | undefined {
  if (!key.startsWith(cisoAssistantIsoNodePrefix)) return undefined;
  const refId = normalizeIsoReference(key.slice(cisoAssistantIsoNodePrefix.length));
  return refId === undefined ? undefined : end.keyToId.get(`${cisoAssistantIsoNodePrefix}${refId.toLowerCase()}`);
}

/** Imports ISO/IEC 27002-style attribute values onto a framework for the organisation. */
async function importAttributes(
  database: Database,
  actor: ImportingActor,
  parsed: Extract<ParsedImport, { kind: 'attributes' }>,
  options: FrameworkImportOptions,
  report: FrameworkImportReport,
): Promise<FrameworkImportReport> {
  const db = database.db;
  const target =
    options.catalogId !== undefined
      ? await findFrameworkVisibleTo(db, actor.organizationId, options.catalogId)
      : await findBuiltInFramework(db, iso27001FrameworkInfo.slug, iso27001FrameworkInfo.version);
  if (!target) throw new DomainError('not_found', `No framework ${options.catalogId ?? iso27001FrameworkInfo.slug}`);
  const byRef = new Map((await listRequirementKeys(db, target.id)).map((row) => [row.refId, row.id]));
  const problems: ImportProblem[] = [];
  const values: { requirementId: string; key: string; value: string }[] = [];
  const keys = new Set<string>();
  for (const row of parsed.rows) {
    const requirementId = byRef.get(row.refId);
    if (!requirementId) {
      problems.push({
        location: `${options.fileName}: line ${row.line}`,
        message: `"${row.refId}" is not a requirement of ${target.name} ${target.version}`,
      });
      continue;
    }
    for (const [key, list] of Object.entries(row.attributes)) {
      keys.add(key);
      for (const value of list) values.push({ requirementId, key, value });
    }
  }
  if (problems.length > 0) rejectImport(options.fileName, problems);
  report.attributes = {
    frameworkId: target.id,
    requirementCount: new Set(values.map((value) => value.requirementId)).size,
    valueCount: values.length,
  };
  if (options.dryRun) return report;
  await db.transaction(async (tx) => {
    await replaceOrganizationAttributes(tx, actor.organizationId, target.id, [...keys], values);
    await appendAuditEvent(
      tx,
      {
        organizationId: actor.organizationId,
        action: 'framework.attributes_imported',
        entityType: 'framework',
        entityId: target.id,
        changes: {
          file: { after: options.fileName },
          requirements: { after: report.attributes?.requirementCount ?? 0 },
          values: { after: values.length },
        },
      },
      actor.audit,
    );
  });
  return report;
}

/** Imports a file uploaded through the API for the caller's organisation. */
export async function importOrganizationFramework(
  deps: AppDeps,
  context: RequestContext,
  bytes: Uint8Array,
  options: FrameworkImportOptions,
): Promise<FrameworkImportReport> {
  assertCan(context.actor, 'framework.import');
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'Imports belong to an organisation');
  return importFrameworkFile(deps.database, { organizationId, audit: auditContext(context) }, bytes, options);
}
