import {
  generateRoadmap,
  getRoadmap,
  getRoadmapProgress,
  updateRoadmapTask,
  type RoadmapTaskUpdateInput,
  type RoadmapTaskView,
  type RoadmapView,
} from '@certa/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of roadmaps. */
export const roadmapKeys = {
  view: (orgId: string, assessmentId: string) =>
    ['organizations', orgId, 'gap-assessments', assessmentId, 'roadmap'] as const,
  progress: (orgId: string) => ['organizations', orgId, 'roadmap', 'progress'] as const,
};

/** GET …/gap-assessments/:id/roadmap. */
export function useRoadmap(orgId: string, assessmentId: string) {
  return useQuery<RoadmapView>({
    queryKey: roadmapKeys.view(orgId, assessmentId),
    queryFn: () => getRoadmap(api, orgId, assessmentId),
  });
}

/** GET …/roadmap/progress: the organisation's tracked roadmap, or null. */
export function useRoadmapProgress(orgId: string) {
  return useQuery({ queryKey: roadmapKeys.progress(orgId), queryFn: () => getRoadmapProgress(api, orgId) });
}

/** POST …/gap-assessments/:id/roadmap. */
export function useGenerateRoadmap(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (replace: boolean) => generateRoadmap(api, orgId, assessmentId, { replace }),
    onSuccess: async (result) => {
      queryClient.setQueryData(roadmapKeys.view(orgId, assessmentId), result);
      await queryClient.invalidateQueries({ queryKey: roadmapKeys.progress(orgId) });
    },
  });
}

/** PATCH …/roadmap-tasks/:id: puts the saved task in place at once, then refreshes the progress figures. */
export function useUpdateRoadmapTask(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  const key = roadmapKeys.view(orgId, assessmentId);
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: string; input: RoadmapTaskUpdateInput }) =>
      updateRoadmapTask(api, orgId, taskId, input),
    onSuccess: async (saved: RoadmapTaskView) => {
      queryClient.setQueryData<RoadmapView>(key, (old) =>
        old ? { ...old, tasks: old.tasks.map((task) => (task.id === saved.id ? saved : task)) } : old,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.progress(orgId) }),
      ]);
    },
  });
}
