import type { ImportedParameter } from '@certa/core';
import type { OscalMetadata, OscalPart, OscalProp } from './oscal-schemas.ts';

/** A parameter as the catalog writes it (label and choices may hold `{{ insert: param }}`), as stored. */
export type RawParam = ImportedParameter;

/** The first `label` prop of a part or control, preferring one without a class. */
export function labelOf(props: readonly OscalProp[] | undefined): string | null {
  const labels = (props ?? []).filter((prop) => prop.name === 'label' && prop.value.trim() !== '');
  return (labels.find((prop) => prop.class === undefined) ?? labels[0])?.value.trim() ?? null;
}

function indentLines(text: string, indent: string): string {
  return indent === '' ? text : text.replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/** A part and its sub-parts as lines, each labelled part on its own line, indented by depth. */
function partLines(part: OscalPart, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const label = labelOf(part.props) ?? (part.name === 'assessment-method' ? methodOf(part) : null);
  const own = [label, part.title?.trim(), part.prose?.trim()].filter(
    (piece) => piece !== undefined && piece !== null && piece !== '',
  );
  const lines = own.length > 0 ? [indent + indentLines(own.join(' '), indent)] : [];
  for (const child of part.parts ?? []) {
    const childLines = partLines(child, own.length > 0 ? depth + 1 : depth);
    // Unlabelled parts under a part with no text of its own are paragraphs, not list items.
    if (own.length === 0 && lines.length > 0 && childLines.length > 0 && labelOf(child.props) === null) lines.push('');
    lines.push(...childLines);
  }
  return lines;
}

function methodOf(part: OscalPart): string | null {
  return part.props?.find((prop) => prop.name === 'method')?.value ?? null;
}

function joinBlocks(blocks: readonly string[]): string | null {
  const text = blocks.filter((block) => block.trim() !== '').join('\n\n');
  return text === '' ? null : text;
}

/**
 * The statement parts (else the overview parts, as CSF 2.0 functions have) as text: their prose, then
 * each item on its own line with its label (`a. …`), indented by depth.
 */
export function statementTemplate(parts: readonly OscalPart[] | undefined): string | null {
  const all = parts ?? [];
  const name = all.some((part) => part.name === 'statement') ? 'statement' : 'overview';
  return joinBlocks(
    all
      .filter((part) => part.name === name)
      .map((part) => {
        const lines = part.prose?.trim() ? [part.prose.trim()] : [];
        for (const item of part.parts ?? []) lines.push(...partLines(item, 0));
        return lines.join('\n');
      }),
  );
}

/** The guidance parts as text, then implementation examples (CSF 2.0 `example` parts) as a list. */
export function guidanceTemplate(parts: readonly OscalPart[] | undefined): string | null {
  const all = parts ?? [];
  const blocks = all.filter((part) => part.name === 'guidance').map((part) => partLines(part, 0).join('\n'));
  const examples = all
    .filter((part) => part.name === 'example')
    .map((part) => partLines(part, 0).join(' ').replace(/\s+/g, ' ').trim())
    .filter((example) => example !== '');
  if (examples.length > 0) blocks.push(['Examples:', ...examples.map((example) => `- ${example}`)].join('\n'));
  return joinBlocks(blocks);
}

/** Assessment objectives, then assessment methods with the objects they examine, as text. */
export function objectivesTemplate(parts: readonly OscalPart[] | undefined): string | null {
  const all = parts ?? [];
  return joinBlocks(
    [
      ...all.filter((part) => part.name === 'assessment-objective'),
      ...all.filter((part) => part.name === 'assessment-method'),
    ].map((part) => partLines(part, 0).join('\n')),
  );
}

/** Typical evidence as Certa's own export writes it (`typical-evidence` parts in its namespace), items as `- ` lines. */
export function typicalEvidenceOf(parts: readonly OscalPart[] | undefined): string | null {
  return joinBlocks(
    (parts ?? [])
      .filter((part) => part.name === 'typical-evidence' && part.ns === certaOscalNamespace)
      .map((part) =>
        [part.prose?.trim(), ...(part.parts ?? []).map((item) => (item.prose?.trim() ? `- ${item.prose.trim()}` : ''))]
          .filter((line) => line !== undefined && line !== '')
          .join('\n'),
      ),
  );
}

/** Namespace of the props and parts Certa writes into OSCAL. */
export const certaOscalNamespace = 'https://certa.dev/ns/oscal';

/** Whether a prop is in OSCAL's own namespace (written without `ns`, or with OSCAL's). */
export function isOscalProp(prop: OscalProp): boolean {
  return prop.ns === undefined || prop.ns === 'http://csrc.nist.gov/ns/oscal';
}

/**
 * The publisher named in OSCAL metadata: the first party with the `publisher` role, else with the
 * `creator` role, else the first party, else `Unknown`.
 */
export function publisherOf(metadata: OscalMetadata): string {
  const parties = metadata.parties ?? [];
  const nameOf = (uuid: string | undefined): string | undefined =>
    parties.find((party) => party.uuid === uuid)?.name?.trim() || undefined;
  for (const role of ['publisher', 'creator']) {
    const responsible = (metadata['responsible-parties'] ?? []).find((entry) => entry['role-id'] === role);
    const name = responsible?.['party-uuids'].map(nameOf).find((found) => found !== undefined);
    if (name !== undefined) return name;
  }
  return parties.map((party) => party.name?.trim()).find((name) => name !== undefined && name !== '') ?? 'Unknown';
}
