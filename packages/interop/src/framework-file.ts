import type { Framework, FrameworkImportFormat, ImportedFramework, ParsedImport, Requirement } from '@certa/core';
import { parseCisoAssistantLibrary } from './ciso-assistant/index.ts';
import { parseOscal } from './oscal/index.ts';
import { parseAttributeCsv, parseFrameworkCsv, parseFrameworkXlsx } from './spreadsheet/index.ts';
import { assertImportSize, rejectImport } from './text-formats.ts';

const extensionOf = (fileName: string): string => /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';

/** The first bytes of a file as text, for recognising its format. */
function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
}

/**
 * Tells which format a file is in from its content and name: an XLSX workbook (a zip), the ISO/IEC 27002
 * attributes CSV (its header), another CSV, a CISO Assistant library (YAML with `urn` and `objects`) or
 * OSCAL (JSON, YAML or XML). Refuses a file it cannot place, asking for the format.
 */
export function detectImportFormat(bytes: Uint8Array, fileName: string): FrameworkImportFormat {
  const extension = extensionOf(fileName);
  const start = head(bytes);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv' || extension === 'tsv') {
    const header = start.split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
    return /^\s*"?id"?\s*[,;]\s*"?control_type"?/i.test(header) ? 'attributes' : 'csv';
  }
  const trimmed = start.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('<')) return 'oscal';
  if (['yaml', 'yml'].includes(extension) || /^[\w-]+\s*:/m.test(trimmed)) {
    return /^urn\s*:/m.test(start) && /^objects\s*:/m.test(start) ? 'ciso-assistant' : 'oscal';
  }
  if (extension === 'json' || extension === 'xml') return 'oscal';
  return rejectImport(fileName, [
    {
      location: fileName,
      message: 'Cannot tell the format of this file; choose one (oscal, ciso-assistant, csv, xlsx or attributes)',
    },
  ]);
}

/** Reads and checks an import file in the given format; refuses it with every problem found. */
export async function parseFrameworkFile(
  bytes: Uint8Array,
  fileName: string,
  format: FrameworkImportFormat,
): Promise<ParsedImport> {
  assertImportSize(bytes, fileName);
  switch (format) {
    case 'oscal':
      return parseOscal(bytes, fileName);
    case 'ciso-assistant':
      return parseCisoAssistantLibrary(bytes, fileName);
    case 'csv':
      return parseFrameworkCsv(bytes, fileName);
    case 'xlsx':
      return parseFrameworkXlsx(bytes, fileName);
    case 'attributes':
      return parseAttributeCsv(bytes, fileName);
  }
}

/** A stored framework and its tree in the shape importers produce, so a profile can be resolved against it. */
export function storedToImportedFramework(
  framework: Framework,
  requirements: readonly Requirement[],
): ImportedFramework {
  const keyOf = new Map(requirements.map((node) => [node.id, node.sourceKey]));
  return {
    key: framework.sourceKey ?? framework.id,
    slug: framework.slug,
    version: framework.version,
    name: framework.name,
    publisher: framework.publisher,
    licenceNote: framework.licenceNote,
    description: framework.description,
    requirements: requirements.map((node) => ({
      key: node.sourceKey,
      parentKey: node.parentId === null ? null : (keyOf.get(node.parentId) ?? null),
      refId: node.refId,
      title: node.title,
      kind: node.kind,
      assessable: node.assessable,
      description: node.description,
      guidance: node.guidance,
      objectives: node.objectives,
      typicalEvidence: node.typicalEvidence,
      withdrawn: node.withdrawn,
      attributes: node.attributes,
      parameters: node.parameters,
    })),
  };
}
