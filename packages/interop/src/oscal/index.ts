export { parseOscal } from './oscal-catalog.ts';
export { resolveOscalProfile } from './oscal-profile.ts';
export { toOscalCatalog, exportedOscalVersion } from './oscal-export.ts';
export { certaOscalNamespace } from './oscal-parts.ts';
