import {
  checkImportedTree,
  slugify,
  type ImportedFramework,
  type ImportedProfile,
  type ImportedRequirement,
  type ImportProblem,
} from '@certa/core';
import { rejectImport } from '../text-formats.ts';
import { publisherOf, type RawParam } from './oscal-parts.ts';
import type { OscalProfileDocument } from './oscal-schemas.ts';

type Locate = (path: readonly PropertyKey[]) => string;
type Selection = NonNullable<OscalProfileDocument['profile']['imports'][number]['include-controls']>[number];

function selections(
  list: readonly Selection[] | undefined,
  path: PropertyKey[],
  locate: Locate,
  problems: ImportProblem[],
): ImportedProfile['include'] {
  const selected: ImportedProfile['include'] = [];
  (list ?? []).forEach((selection, index) => {
    if ((selection.matching ?? []).length > 0)
      problems.push({
        location: locate([...path, index, 'matching']),
        message: 'Selecting controls by pattern (matching) is not supported; list the control ids with with-ids',
      });
    const withChildControls = selection['with-child-controls'] === 'yes';
    for (const id of selection['with-ids'] ?? []) selected.push({ id, withChildControls });
  });
  return selected;
}

/** Reads a validated OSCAL profile document into an ImportedProfile, with the problems found. */
export function profileFromDocument(
  document: OscalProfileDocument,
  locate: Locate,
): { profile: ImportedProfile; problems: ImportProblem[] } {
  const source = document.profile;
  const problems: ImportProblem[] = [];
  if (source.imports.length > 1)
    problems.push({
      location: locate(['profile', 'imports', 1]),
      message:
        'A profile importing more than one catalog or profile is not supported; resolve it with an OSCAL profile resolver first',
    });
  if ((source.modify?.alters ?? []).length > 0)
    problems.push({
      location: locate(['profile', 'modify', 'alters']),
      message: 'Profiles that alter controls are not supported; import the resolved catalog instead',
    });
  const imported = source.imports[0];
  const href = imported?.href ?? '';
  const catalogHrefs = [href];
  if (href.startsWith('#')) {
    const resources = source['back-matter']?.resources ?? [];
    const resource = resources.find((candidate) => candidate.uuid === href.slice(1));
    if (resource) catalogHrefs.push(...(resource.rlinks ?? []).map((rlink) => rlink.href));
    else
      problems.push({
        location: locate(['profile', 'imports', 0, 'href']),
        message: `No back-matter resource has the uuid ${href.slice(1)}`,
      });
  }
  const importPath = ['profile', 'imports', 0];
  if (imported && imported['include-all'] === undefined && imported['include-controls'] === undefined)
    problems.push({ location: locate(importPath), message: 'Expected include-all or include-controls' });
  const setParameters: ImportedProfile['setParameters'] = {};
  for (const setting of source.modify?.['set-parameters'] ?? []) {
    const change: ImportedProfile['setParameters'][string] = {};
    if (setting.label !== undefined) change.label = setting.label;
    if (setting.values !== undefined) change.values = setting.values;
    if (setting.select?.choice !== undefined) change.choices = setting.select.choice;
    if (setting.select?.['how-many'] !== undefined) change.howMany = setting.select['how-many'];
    setParameters[setting['param-id']] = { ...setParameters[setting['param-id']], ...change };
  }
  const metadata = source.metadata;
  const profile: ImportedProfile = {
    key: source.uuid,
    slug: slugify(metadata.title),
    version: metadata.version,
    name: metadata.title.replace(/\s+/g, ' '),
    publisher: publisherOf(metadata),
    catalogHrefs,
    includeAll: imported?.['include-all'] !== undefined,
    include: selections(imported?.['include-controls'], [...importPath, 'include-controls'], locate, problems),
    exclude: selections(imported?.['exclude-controls'], [...importPath, 'exclude-controls'], locate, problems),
    setParameters,
  };
  return { profile, problems };
}

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 20).join(', ');
  return ids.length > 20 ? `${shown} and ${ids.length - 20} more` : shown;
}

/**
 * Applies a profile to the catalog it imports: the selected controls (by OSCAL id), every heading and
 * parent control above them, and the profile's parameter values shown in the texts.
 */
export function resolveOscalProfile(
  profile: ImportedProfile,
  catalog: ImportedFramework,
  fileName: string,
): ImportedFramework {
  const byKey = new Map(catalog.requirements.map((node) => [node.key, node]));
  const children = new Map<string, string[]>();
  for (const node of catalog.requirements)
    if (node.parentKey !== null) children.set(node.parentKey, [...(children.get(node.parentKey) ?? []), node.key]);
  const problems: ImportProblem[] = [];
  const unknown = [...new Set([...profile.include, ...profile.exclude].map((entry) => entry.id))].filter(
    (id) => !byKey.has(id),
  );
  if (unknown.length > 0)
    problems.push({
      location: fileName,
      message: `${unknown.length} control id${unknown.length > 1 ? 's are' : ' is'} not in ${catalog.name}: ${listed(unknown)}`,
    });

  const descendants = (key: string): string[] =>
    (children.get(key) ?? []).flatMap((child) => [child, ...descendants(child)]);
  const selected = new Set<string>(profile.includeAll ? byKey.keys() : []);
  for (const entry of profile.include)
    for (const key of [entry.id, ...(entry.withChildControls ? descendants(entry.id) : [])]) selected.add(key);
  for (const entry of profile.exclude)
    for (const key of [entry.id, ...(entry.withChildControls ? descendants(entry.id) : [])]) selected.delete(key);
  const kept = new Set<string>();
  for (const key of selected) {
    for (let current = byKey.get(key); current && !kept.has(current.key); current = byKey.get(current.parentKey ?? ''))
      kept.add(current.key);
  }

  const params = new Map<string, RawParam>();
  for (const node of catalog.requirements) for (const param of node.parameters) params.set(param.paramId, param);
  const undefinedParams = Object.keys(profile.setParameters).filter((id) => !params.has(id));
  if (undefinedParams.length > 0)
    problems.push({
      location: fileName,
      message: `The profile sets parameters the catalog does not define: ${listed(undefinedParams)}`,
    });
  for (const [id, change] of Object.entries(profile.setParameters)) {
    const current = params.get(id);
    if (current) params.set(id, { ...current, ...change, label: change.label ?? current.label });
  }
  if (problems.length > 0) rejectImport(fileName, problems);

  // Texts keep their parameter placeholders, so setting the parameters is enough for them to show the values.
  const requirements = catalog.requirements
    .filter((node) => kept.has(node.key))
    .map((node): ImportedRequirement => {
      const isContext = !selected.has(node.key) && node.kind !== 'heading';
      return {
        ...node,
        assessable: node.assessable && !isContext,
        attributes: isContext ? { ...node.attributes, 'profile:context': ['yes'] } : node.attributes,
        parameters: node.parameters.map((param) => params.get(param.paramId) ?? param),
      };
    });
  const framework: ImportedFramework = {
    key: profile.key,
    slug: profile.slug,
    version: profile.version,
    name: profile.name,
    publisher: profile.publisher,
    licenceNote: '',
    description: null,
    requirements,
  };
  const treeProblems = checkImportedTree(framework, fileName);
  if (treeProblems.length > 0) rejectImport(fileName, treeProblems);
  return framework;
}
