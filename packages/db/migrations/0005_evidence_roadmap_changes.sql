CREATE TYPE "public"."answer_origin_kind" AS ENUM('carried_over', 'mapped');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('document', 'record', 'screenshot', 'system_export', 'link');--> statement-breakpoint
CREATE TYPE "public"."evidence_link_target" AS ENUM('gap_answer', 'soa_row', 'risk', 'audit_item', 'corrective_action');--> statement-breakpoint
CREATE TYPE "public"."evidence_status" AS ENUM('draft', 'approved', 'expired');--> statement-breakpoint
CREATE TYPE "public"."isms_change_category" AS ENUM('acquisition', 'new_technology', 'new_supplier', 'reorganisation', 'new_law', 'new_contract', 'relocation', 'incident', 'other');--> statement-breakpoint
CREATE TYPE "public"."roadmap_milestone" AS ENUM('internal_audit', 'management_review', 'stage_1_audit', 'stage_2_audit');--> statement-breakpoint
CREATE TYPE "public"."roadmap_phase" AS ENUM('foundations', 'risk', 'controls', 'readiness');--> statement-breakpoint
CREATE TYPE "public"."roadmap_task_status" AS ENUM('todo', 'in_progress', 'blocked', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "evidence_blob" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" "evidence_kind" NOT NULL,
	"owner" text,
	"url" text,
	"covers_from" date,
	"covers_to" date,
	"effective_from" date,
	"review_by" date,
	"status" "evidence_status" NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "evidence_item_reference" UNIQUE("organization_id","reference")
);
--> statement-breakpoint
CREATE TABLE "evidence_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"target_type" "evidence_link_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"requirement_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evidence_link_unique" UNIQUE NULLS NOT DISTINCT("evidence_id","target_type","target_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_version" (
	"evidence_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"note" text,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evidence_version_evidence_id_version_number_pk" PRIMARY KEY("evidence_id","version_number")
);
--> statement-breakpoint
CREATE TABLE "isms_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" "isms_change_category" NOT NULL,
	"occurred_on" date NOT NULL,
	"scope_affected" text,
	"ref_ids" text[] NOT NULL,
	"reassessment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "isms_change_reference" UNIQUE("organization_id","reference")
);
--> statement-breakpoint
CREATE TABLE "roadmap_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"milestone" "roadmap_milestone",
	"phase" "roadmap_phase" NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"rationale" text NOT NULL,
	"ref_ids" text[] NOT NULL,
	"owner" text,
	"effort" "gap_effort",
	"planned_start" date,
	"planned_due" date,
	"status" "roadmap_task_status" NOT NULL,
	"notes" text,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "roadmap_task_reference" UNIQUE("assessment_id","reference")
);
--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD COLUMN "started_from_id" uuid;--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD COLUMN "focus_ref_ids" text[];--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD COLUMN "origin_kind" "answer_origin_kind";--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD COLUMN "origin_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD COLUMN "origin_requirement_id" uuid;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD COLUMN "origin_relationship" "mapping_relationship";--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD COLUMN "origin_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "assessment_max_age_months" smallint DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_requirement_id_requirement_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_version" ADD CONSTRAINT "evidence_version_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_version" ADD CONSTRAINT "evidence_version_sha256_evidence_blob_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_version" ADD CONSTRAINT "evidence_version_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isms_change" ADD CONSTRAINT "isms_change_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isms_change" ADD CONSTRAINT "isms_change_reassessment_id_gap_assessment_id_fk" FOREIGN KEY ("reassessment_id") REFERENCES "public"."gap_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isms_change" ADD CONSTRAINT "isms_change_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_task" ADD CONSTRAINT "roadmap_task_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_task" ADD CONSTRAINT "roadmap_task_assessment_id_gap_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."gap_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_task" ADD CONSTRAINT "roadmap_task_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_item_org_status" ON "evidence_item" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "evidence_item_org_review_by" ON "evidence_item" USING btree ("organization_id","review_by");--> statement-breakpoint
CREATE INDEX "evidence_link_target" ON "evidence_link" USING btree ("organization_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "evidence_version_sha256" ON "evidence_version" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "roadmap_task_org" ON "roadmap_task" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD CONSTRAINT "gap_assessment_started_from_id_gap_assessment_id_fk" FOREIGN KEY ("started_from_id") REFERENCES "public"."gap_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD CONSTRAINT "gap_assessment_answer_origin_assessment_id_gap_assessment_id_fk" FOREIGN KEY ("origin_assessment_id") REFERENCES "public"."gap_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD CONSTRAINT "gap_assessment_answer_origin_requirement_id_requirement_id_fk" FOREIGN KEY ("origin_requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;