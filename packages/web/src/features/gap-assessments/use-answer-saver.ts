import {
  conflictingGapAnswer,
  type GapAnswer,
  type GapAnswerUpdateInput,
  type GapAssessmentDetail,
} from '@certa/client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { gapKeys } from './gap-queries.ts';

/** A change to an answer, without the version it starts from (the saver knows it). */
export type AnswerPatch = Omit<GapAnswerUpdateInput, 'version'>;

/** What the last save did, for the visible save state. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; requirementId: string; current: GapAnswer; patch: AnswerPatch };

/**
 * Autosave of answers: shows the change at once, saves changes of one requirement one after the other
 * (each from the version the previous one returned), refreshes the scores once nothing is pending, and
 * reports a stale write (409) with the answer someone else saved.
 */
export function useAnswerSaver(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  const key = gapKeys.detail(orgId, assessmentId);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const chains = useRef(new Map<string, Promise<unknown>>());
  const pending = useRef(0);

  const putAnswer = useCallback(
    (answer: GapAnswer) =>
      queryClient.setQueryData<GapAssessmentDetail>(key, (old) =>
        old
          ? {
              ...old,
              answers: old.answers.map((candidate) =>
                candidate.requirementId === answer.requirementId ? answer : candidate,
              ),
            }
          : old,
      ),
    [queryClient, orgId, assessmentId],
  );

  const currentAnswer = useCallback(
    (requirementId: string) =>
      queryClient
        .getQueryData<GapAssessmentDetail>(key)
        ?.answers.find((answer) => answer.requirementId === requirementId),
    [queryClient, orgId, assessmentId],
  );

  const save = useCallback(
    (requirementId: string, patch: AnswerPatch) => {
      const before = currentAnswer(requirementId);
      if (before) putAnswer({ ...before, ...patch });
      pending.current += 1;
      setState({ kind: 'saving' });
      const previous = chains.current.get(requirementId) ?? Promise.resolve();
      const next = previous
        .catch(() => undefined)
        .then(async () => {
          const version = currentAnswer(requirementId)?.version ?? 0;
          const saved = await api.saveGapAnswer(orgId, assessmentId, requirementId, { ...patch, version });
          putAnswer(saved);
          return saved;
        });
      chains.current.set(requirementId, next);
      next.then(
        () => {
          pending.current -= 1;
          if (pending.current === 0) {
            setState({ kind: 'saved' });
            void queryClient.invalidateQueries({ queryKey: key });
          }
        },
        (error: unknown) => {
          pending.current -= 1;
          const current = conflictingGapAnswer(error);
          if (current) {
            setState({ kind: 'conflict', requirementId, current, patch });
          } else {
            setState({ kind: 'error', error });
            void queryClient.invalidateQueries({ queryKey: key });
          }
        },
      );
    },
    [queryClient, orgId, assessmentId, currentAnswer, putAnswer],
  );

  /** Takes the other person's answer. */
  const takeTheirs = useCallback(() => {
    if (state.kind !== 'conflict') return;
    putAnswer(state.current);
    setState({ kind: 'saved' });
    void queryClient.invalidateQueries({ queryKey: key });
  }, [state, putAnswer, queryClient, orgId, assessmentId]);

  /** Applies this change again on top of the other person's answer. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return;
    putAnswer(state.current);
    save(state.requirementId, state.patch);
  }, [state, putAnswer, save]);

  return { state, save, takeTheirs, keepMine };
}
