import {
  createEvidence,
  getEvidence,
  linkEvidence,
  listEvidence,
  listEvidenceLinks,
  unlinkEvidence,
  uploadEvidenceFile,
  type EvidenceCreateRequest,
  type EvidenceDetail,
  type EvidenceLinkFilter,
  type EvidenceLinkRequest,
  type EvidenceListFilters,
  type UploadProgress,
} from '@certa/client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of an organisation's evidence library and evidence links. */
export const evidenceKeys = {
  all: (orgId: string) => ['organizations', orgId, 'evidence'] as const,
  list: (orgId: string, filters: EvidenceListFilters) => ['organizations', orgId, 'evidence', 'list', filters] as const,
  detail: (orgId: string, evidenceId: string) => ['organizations', orgId, 'evidence', 'item', evidenceId] as const,
  links: (orgId: string) => ['organizations', orgId, 'evidence-links'] as const,
  linksOf: (orgId: string, filter: EvidenceLinkFilter) =>
    ['organizations', orgId, 'evidence-links', filter.targetType, filter.targetId, filter.requirementId ?? ''] as const,
};

/** GET …/evidence: one page of the library; the previous page stays on screen while the next loads. */
export function useEvidenceList(orgId: string, filters: EvidenceListFilters, enabled = true) {
  return useQuery({
    queryKey: evidenceKeys.list(orgId, filters),
    queryFn: () => listEvidence(api, orgId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET …/evidence/:evidenceId: one item with its versions and links. */
export function useEvidence(orgId: string, evidenceId: string) {
  return useQuery<EvidenceDetail>({
    queryKey: evidenceKeys.detail(orgId, evidenceId),
    queryFn: () => getEvidence(api, orgId, evidenceId),
  });
}

/** GET …/evidence-links: the evidence linked to one target. */
export function useEvidenceLinks(orgId: string, filter: EvidenceLinkFilter) {
  return useQuery({
    queryKey: evidenceKeys.linksOf(orgId, filter),
    queryFn: () => listEvidenceLinks(api, orgId, filter),
  });
}

/** Refreshes everything evidence-related of the organisation after a change. */
function useRefreshEvidence(orgId: string) {
  const queryClient = useQueryClient();
  return async (detail?: EvidenceDetail) => {
    if (detail) queryClient.setQueryData(evidenceKeys.detail(orgId, detail.id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: evidenceKeys.all(orgId) }),
      queryClient.invalidateQueries({ queryKey: evidenceKeys.links(orgId) }),
    ]);
  };
}

/** POST …/evidence. */
export function useCreateEvidence(orgId: string) {
  const refresh = useRefreshEvidence(orgId);
  return useMutation({
    mutationFn: (input: EvidenceCreateRequest) => createEvidence(api, orgId, input),
    onSuccess: (detail) => refresh(detail),
  });
}

/** What an upload needs: the item, the file, an optional note and where to report progress. */
export interface UploadRequest {
  evidenceId: string;
  file: File;
  note?: string;
  onProgress?: (progress: UploadProgress) => void;
}

/** PUT …/evidence/:evidenceId/file: a new version, with progress. */
export function useUploadEvidenceFile(orgId: string) {
  const refresh = useRefreshEvidence(orgId);
  return useMutation({
    mutationFn: ({ evidenceId, file, note, onProgress }: UploadRequest) =>
      uploadEvidenceFile(api, orgId, evidenceId, file, {
        fileName: file.name,
        ...(note ? { note } : {}),
        onProgress: onProgress ?? (() => undefined),
      }),
    onSuccess: (detail) => refresh(detail),
  });
}

/** POST …/evidence-links. */
export function useLinkEvidence(orgId: string) {
  const refresh = useRefreshEvidence(orgId);
  return useMutation({
    mutationFn: (input: EvidenceLinkRequest) => linkEvidence(api, orgId, input),
    onSuccess: () => refresh(),
  });
}

/** DELETE …/evidence-links/:linkId. */
export function useUnlinkEvidence(orgId: string) {
  const refresh = useRefreshEvidence(orgId);
  return useMutation({
    mutationFn: (linkId: string) => unlinkEvidence(api, orgId, linkId),
    onSuccess: () => refresh(),
  });
}
