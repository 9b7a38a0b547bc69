/** Every table of the Certa database; drizzle-kit generates the migrations from this module. */
export { instanceSetting } from './instance.ts';
export {
  apiToken,
  invitation,
  loginFailure,
  membership,
  organization,
  roleEnum,
  session,
  userAccount,
} from './identity.ts';
export { auditChain, auditEvent } from './audit-trail.ts';
export {
  framework,
  frameworkSourceEnum,
  mappingRelationshipEnum,
  requirement,
  requirementAttribute,
  requirementKindEnum,
  requirementMapping,
  requirementParameter,
} from './library.ts';
export {
  conformityStatusEnum,
  documentationStateEnum,
  gapAssessment,
  gapAssessmentAnswer,
  gapAssessmentStatusEnum,
  gapEffortEnum,
  gapPriorityEnum,
} from './gap-assessment.ts';
export { answerOriginKindEnum } from './gap-assessment.ts';
export {
  evidenceBlob,
  evidenceItem,
  evidenceKindEnum,
  evidenceLink,
  evidenceLinkTargetEnum,
  evidenceStatusEnum,
  evidenceVersion,
} from './evidence.ts';
export {
  ismsChange,
  ismsChangeCategoryEnum,
  roadmapMilestoneEnum,
  roadmapPhaseEnum,
  roadmapTask,
  roadmapTaskStatusEnum,
} from './roadmap.ts';
