import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  DomainError,
  assessmentNodesFromImported,
  buildGapReport,
  gapAnswersJsonSchema,
  iso27001AssessmentNodes,
  iso27001FrameworkId,
  iso27001FrameworkInfo,
  maxImportFileBytes,
  normalizeIsoReference,
  notApplicableProblem,
  requirementAnswerFromFile,
  type AssessmentNode,
  type GapReport,
  type ImportProblem,
  type RequirementAnswer,
} from '@certa/core';
import {
  detectImportFormat,
  parseFrameworkFile,
  parseGapAnswers,
  rejectGapAnswers,
  type ParsedGapAnswers,
} from '@certa/interop';
import { renderGapReportDocx, renderGapReportMarkdown, renderGapReportPdf, renderGapReportXlsx } from '@certa/reports';
import type { CliIo } from '../cli-context.ts';

/** Formats `certa gap run` writes: text ones to standard output or a file, binary ones to a file only. */
const gapFormats = ['json', 'md', 'pdf', 'docx', 'xlsx'] as const;
type GapFormat = (typeof gapFormats)[number];
const binaryFormats: ReadonlySet<GapFormat> = new Set(['pdf', 'docx', 'xlsx']);

interface RunOptions {
  framework?: string;
  attributes?: string;
  format?: string;
  out?: string;
  failUnder?: string;
}

interface LoadedFramework {
  info: { slug: string; version: string; name: string };
  nodes: AssessmentNode[];
  iso: boolean;
}

/** Reads a file given on the command line, refusing a missing or oversized one before reading it. */
async function readInputFile(file: string): Promise<Uint8Array> {
  const size = await stat(file).catch(() => {
    throw new DomainError('not_found', `Cannot read ${file}`);
  });
  if (!size.isFile()) throw new DomainError('validation_failed', `${file} is not a file`);
  if (size.size > maxImportFileBytes)
    throw new DomainError(
      'payload_too_large',
      `${basename(file)}: ${(size.size / 1024 / 1024).toFixed(1)} MB is over the ${maxImportFileBytes / 1024 / 1024} MB limit. Nothing was produced.`,
    );
  return new Uint8Array(await readFile(file));
}

function frameworkMismatch(answers: ParsedGapAnswers, slug: string): never {
  return rejectGapAnswers(answers.fileName, [
    {
      location: answers.locate(['framework']),
      message: `the answers are for framework "${answers.answers.framework}" but the framework given is "${slug}"; make them match`,
    },
  ]);
}

/** The built-in ISO/IEC 27001:2022, or the framework in a file (OSCAL catalog, CISO Assistant library, CSV, XLSX). */
async function loadFramework(option: string | undefined, answers: ParsedGapAnswers): Promise<LoadedFramework> {
  const declared = answers.frameworkDeclared ? answers.answers.framework : null;
  if (option === undefined || option === iso27001FrameworkId) {
    if (declared !== null && declared !== iso27001FrameworkId) {
      if (option !== undefined) frameworkMismatch(answers, iso27001FrameworkId);
      rejectGapAnswers(answers.fileName, [
        {
          location: answers.locate(['framework']),
          message: `framework "${declared}" is not built in: give its file with --framework FILE`,
        },
      ]);
    }
    const { slug, version, name } = iso27001FrameworkInfo;
    return { info: { slug, version, name }, nodes: iso27001AssessmentNodes(), iso: true };
  }
  const bytes = await readInputFile(option);
  const fileName = basename(option);
  const format = detectImportFormat(bytes, fileName);
  if (format === 'attributes')
    throw new DomainError('validation_failed', `${fileName} holds attribute values, not a framework: use --attributes`);
  const parsed = await parseFrameworkFile(bytes, fileName, format);
  if (parsed.kind !== 'frameworks')
    throw new DomainError(
      'validation_failed',
      `${fileName} is an OSCAL profile, which certa gap run cannot resolve: import it with certa framework import, export the resolved framework with certa framework export --format oscal, and give that file`,
    );
  const chosen =
    parsed.frameworks.length === 1 ? parsed.frameworks[0] : parsed.frameworks.find((entry) => entry.slug === declared);
  if (!chosen)
    throw new DomainError(
      'validation_failed',
      `${fileName} holds several frameworks (${parsed.frameworks.map((entry) => entry.slug).join(', ')}): name one with "framework" in the answers file`,
    );
  if (declared !== null && declared !== chosen.slug) frameworkMismatch(answers, chosen.slug);
  return {
    info: { slug: chosen.slug, version: chosen.version, name: chosen.name },
    nodes: assessmentNodesFromImported(chosen.requirements),
    iso: false,
  };
}

/** Adds the ISO/IEC 27002 attribute values of an attributes CSV to the framework's nodes. */
async function addAttributes(file: string, nodes: AssessmentNode[]): Promise<AssessmentNode[]> {
  const fileName = basename(file);
  const parsed = await parseFrameworkFile(await readInputFile(file), fileName, 'attributes');
  if (parsed.kind !== 'attributes') throw new DomainError('validation_failed', `${fileName} is not an attributes file`);
  const known = new Set(nodes.map((node) => node.refId));
  const problems = parsed.rows
    .filter((row) => !known.has(row.refId))
    .map((row) => ({ location: `${fileName}: line ${row.line}`, message: `unknown reference "${row.refId}"` }));
  if (problems.length > 0) rejectGapAnswers(fileName, problems);
  const byRef = new Map(parsed.rows.map((row) => [row.refId, row.attributes]));
  return nodes.map((node) => ({ ...node, attributes: { ...node.attributes, ...byRef.get(node.refId) } }));
}

/** The reference an answers key names: ISO references in any case, others exactly or, failing that, ignoring case. */
function resolveReference(key: string, nodes: readonly AssessmentNode[], iso: boolean): string | undefined {
  if (iso) return normalizeIsoReference(key, 'any');
  if (nodes.some((node) => node.refId === key)) return key;
  const matches = nodes.filter((node) => node.refId.toLowerCase() === key.trim().toLowerCase());
  return matches.length === 1 ? matches[0]?.refId : undefined;
}

/** Checks every answer against the framework and keys it by the catalogue's reference; refuses with every problem. */
function resolveAnswers(parsed: ParsedGapAnswers, framework: LoadedFramework): Record<string, RequirementAnswer> {
  const byRef = new Map(framework.nodes.map((node) => [node.refId, node]));
  const problems: ImportProblem[] = [];
  const answers: Record<string, RequirementAnswer> = {};
  const writtenAs = new Map<string, string>();
  for (const [key, entry] of Object.entries(parsed.answers.answers)) {
    const location = parsed.locate(['answers', key]);
    const refId = resolveReference(key, framework.nodes, framework.iso);
    const node = refId === undefined ? undefined : byRef.get(refId);
    if (refId === undefined || !node) {
      const control = framework.iso ? normalizeIsoReference(key, 'annex_a') : undefined;
      const hint = control ? ` (Annex A controls are written "${control}")` : '';
      problems.push({ location, message: `unknown reference "${key}"${hint}` });
      continue;
    }
    if (!node.assessable) {
      problems.push({
        location,
        message: `"${key}" is a heading, not an assessable requirement: answer its requirements`,
      });
      continue;
    }
    const earlier = writtenAs.get(refId);
    if (earlier !== undefined) {
      problems.push({ location, message: `"${key}" answers ${refId} again (already answered as "${earlier}")` });
      continue;
    }
    writtenAs.set(refId, key);
    if (entry.status === 'not_applicable') {
      const problem = notApplicableProblem(refId, node.kind === 'clause_requirement', entry.justification);
      if (problem) problems.push({ location: parsed.locate(['answers', key, 'status']), message: problem });
    }
    answers[refId] = requirementAnswerFromFile(entry);
  }
  if (problems.length > 0) rejectGapAnswers(parsed.fileName, problems);
  return answers;
}

/**
 * The format asked for; without --format, a PDF, DOCX or XLSX --out file names its own format (so that
 * `--out report.pdf` never holds Markdown), and anything else is Markdown. Binary formats need --out.
 */
function parseFormat(value: string | undefined, out: string | undefined): GapFormat {
  const fromOut = out?.toLowerCase().match(/\.(pdf|docx|xlsx)$/)?.[1] as GapFormat | undefined;
  const format = value ?? fromOut ?? 'md';
  if (!(gapFormats as readonly string[]).includes(format))
    throw new DomainError(
      'validation_failed',
      `Invalid --format "${format}": use ${gapFormats.slice(0, -1).join(', ')} or ${gapFormats.at(-1)}`,
    );
  const gapFormat = format as GapFormat;
  if (binaryFormats.has(gapFormat) && out === undefined)
    throw new DomainError(
      'validation_failed',
      `--format ${gapFormat} writes a binary file: name it with --out, for example --out gap-report.${gapFormat}`,
    );
  return gapFormat;
}

/** Renders the report in a format: text for json and md, bytes for the others. */
async function renderReport(report: GapReport, format: GapFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2);
    case 'md':
      return renderGapReportMarkdown(report);
    case 'pdf':
      return renderGapReportPdf(report);
    case 'docx':
      return renderGapReportDocx(report);
    case 'xlsx':
      return renderGapReportXlsx(report);
  }
}

function parseThreshold(value: string | undefined): number | null {
  if (value === undefined) return null;
  const threshold = Number(value);
  if (value.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 100)
    throw new DomainError('validation_failed', `Invalid --fail-under "${value}": use a number from 0 to 100`);
  return threshold;
}

async function emit(io: CliIo, content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out === undefined) {
    if (typeof content !== 'string') throw new DomainError('validation_failed', 'A binary report needs --out FILE');
    io.out(content);
  } else {
    await writeFile(out, typeof content === 'string' ? `${content}\n` : content);
    io.err(`Wrote ${out}`);
  }
}

/** `certa gap run|schema`: gap assessment as code, from an answers file, with no server or database. */
export function registerGap(program: Command, io: CliIo): void {
  const gap = program.command('gap').description('Gap assessment as code: score an answers file, no server needed');

  gap
    .command('run')
    .description('Score an answers file (YAML or JSON) against a framework and print the gap report')
    .argument('<answers>', 'answers file (see certa gap schema)')
    .option('--framework <slug or file>', `${iso27001FrameworkId} (built in, the default) or a framework file`)
    .option('--attributes <file>', 'ISO/IEC 27002 attribute values (CSV) to score by attribute')
    .option(
      '--format <format>',
      'md (the default), json, pdf, docx or xlsx; pdf, docx and xlsx need --out, whose extension picks them too',
    )
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option('--fail-under <percent>', 'exit 1 when overall conformity is below this (0–100), for CI pipelines')
    .action(async (file: string, options: RunOptions) => {
      const format = parseFormat(options.format, options.out);
      const threshold = parseThreshold(options.failUnder);
      const parsed = parseGapAnswers(await readInputFile(file), basename(file));
      const framework = await loadFramework(options.framework, parsed);
      if (options.attributes !== undefined) framework.nodes = await addAttributes(options.attributes, framework.nodes);
      const answers = resolveAnswers(parsed, framework);
      const assessment = parsed.answers;
      const report = buildGapReport({
        framework: framework.info,
        organization: assessment.organization,
        scope: assessment.scope,
        date: assessment.date,
        targetCertificationDate: assessment.targetCertificationDate ?? null,
        assessors: assessment.assessors ?? [],
        nodes: framework.nodes,
        answers,
      });
      await emit(io, await renderReport(report, format), options.out);
      const conformity = report.scores.overall.conformity;
      if (threshold !== null && (conformity === null || conformity < threshold))
        throw new Error(
          conformity === null
            ? `No requirement is assessed, so overall conformity is below --fail-under ${threshold}`
            : `Overall conformity ${conformity}% is below --fail-under ${threshold}`,
        );
    });

  gap
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the answers file')
    .option('--out <file>', 'write the schema to this file instead of standard output')
    .action(async (options: { out?: string }) => {
      await emit(io, JSON.stringify(gapAnswersJsonSchema(), null, 2), options.out);
    });
}
