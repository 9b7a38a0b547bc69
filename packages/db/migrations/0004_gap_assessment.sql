CREATE TYPE "public"."conformity_status" AS ENUM('not_assessed', 'not_implemented', 'partially_implemented', 'implemented', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."documentation_state" AS ENUM('missing', 'draft', 'approved');--> statement-breakpoint
CREATE TYPE "public"."gap_assessment_status" AS ENUM('planned', 'in_progress', 'in_review', 'completed');--> statement-breakpoint
CREATE TYPE "public"."gap_effort" AS ENUM('S', 'M', 'L', 'XL');--> statement-breakpoint
CREATE TYPE "public"."gap_priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TABLE "gap_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"framework_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"assessment_date" date NOT NULL,
	"target_certification_date" date,
	"status" "gap_assessment_status" NOT NULL,
	"assessors" text[] NOT NULL,
	"interviewees" text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "gap_assessment_reference" UNIQUE("organization_id","reference")
);
--> statement-breakpoint
CREATE TABLE "gap_assessment_answer" (
	"assessment_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"status" "conformity_status" NOT NULL,
	"maturity" smallint,
	"target_maturity" smallint,
	"documentation" "documentation_state",
	"justification" text,
	"gap" text,
	"recommendation" text,
	"owner" text,
	"priority_override" "gap_priority",
	"priority_reason" text,
	"effort" "gap_effort",
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "gap_assessment_answer_assessment_id_requirement_id_pk" PRIMARY KEY("assessment_id","requirement_id"),
	CONSTRAINT "gap_assessment_answer_maturity" CHECK ("gap_assessment_answer"."maturity" between 0 and 5),
	CONSTRAINT "gap_assessment_answer_target_maturity" CHECK ("gap_assessment_answer"."target_maturity" between 0 and 5),
	CONSTRAINT "gap_assessment_answer_priority_reason" CHECK ("gap_assessment_answer"."priority_override" is null or "gap_assessment_answer"."priority_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD CONSTRAINT "gap_assessment_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD CONSTRAINT "gap_assessment_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment" ADD CONSTRAINT "gap_assessment_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD CONSTRAINT "gap_assessment_answer_assessment_id_gap_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."gap_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD CONSTRAINT "gap_assessment_answer_requirement_id_requirement_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_assessment_answer" ADD CONSTRAINT "gap_assessment_answer_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gap_assessment_framework" ON "gap_assessment" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "gap_assessment_answer_requirement" ON "gap_assessment_answer" USING btree ("requirement_id");