import { conflictingEvidence, updateEvidence, type ConflictingEvidence, type EvidenceDetail } from '@certa/client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../api.ts';
import type { EvidencePatch } from './evidence-form-values.ts';
import { evidenceKeys } from './evidence-queries.ts';

/** What the last save of the details did, for the visible save state. */
export type EditState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; current: ConflictingEvidence; patch: EvidencePatch };

/**
 * Saves edits of an item's details: shows them at once, sends them with the version they start from,
 * and reports a stale write (409) with the item as someone else saved it, so the person can take
 * theirs or apply their change again on top.
 */
export function useEvidenceEditor(orgId: string, evidenceId: string) {
  const queryClient = useQueryClient();
  const key = evidenceKeys.detail(orgId, evidenceId);
  const [state, setState] = useState<EditState>({ kind: 'idle' });

  const save = useCallback(
    async (patch: EvidencePatch, fromVersion?: number): Promise<EvidenceDetail | null> => {
      const before = queryClient.getQueryData<EvidenceDetail>(key);
      if (!before) return null;
      const version = fromVersion ?? before.version;
      queryClient.setQueryData<EvidenceDetail>(key, { ...before, ...(patch as Partial<EvidenceDetail>) });
      setState({ kind: 'saving' });
      try {
        const saved = await updateEvidence(api, orgId, evidenceId, { ...patch, version });
        queryClient.setQueryData(key, saved);
        setState({ kind: 'saved' });
        void queryClient.invalidateQueries({ queryKey: evidenceKeys.all(orgId) });
        return saved;
      } catch (error) {
        const current = conflictingEvidence(error);
        if (current) {
          setState({ kind: 'conflict', current, patch });
        } else {
          queryClient.setQueryData(key, before);
          setState({ kind: 'error', error });
        }
        return null;
      }
    },
    [queryClient, orgId, evidenceId],
  );

  /** Takes the other person's item: the page shows what is stored now. */
  const takeTheirs = useCallback(async () => {
    setState({ kind: 'idle' });
    await queryClient.invalidateQueries({ queryKey: key });
    return queryClient.getQueryData<EvidenceDetail>(key) ?? null;
  }, [queryClient, orgId, evidenceId]);

  /** Applies this change again, starting from the version the other person saved. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return Promise.resolve(null);
    return save(state.patch, state.current.version);
  }, [state, save]);

  return { state, save, takeTheirs, keepMine };
}
