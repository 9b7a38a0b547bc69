CREATE TYPE "public"."framework_source" AS ENUM('built_in', 'imported');--> statement-breakpoint
CREATE TYPE "public"."mapping_relationship" AS ENUM('equal', 'subset', 'superset', 'intersect');--> statement-breakpoint
CREATE TYPE "public"."requirement_kind" AS ENUM('heading', 'clause_requirement', 'control');--> statement-breakpoint
CREATE TABLE "framework" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"slug" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"publisher" text NOT NULL,
	"licence_note" text NOT NULL,
	"source" "framework_source" NOT NULL,
	"source_format" text,
	"source_file_name" text,
	"source_sha256" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "framework_owner_slug_version" UNIQUE NULLS NOT DISTINCT("organization_id","slug","version")
);
--> statement-breakpoint
CREATE TABLE "requirement" (
	"id" uuid PRIMARY KEY NOT NULL,
	"framework_id" uuid NOT NULL,
	"parent_id" uuid,
	"ref_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" "requirement_kind" NOT NULL,
	"assessable" boolean NOT NULL,
	"position" integer NOT NULL,
	"description" text,
	"guidance" text,
	"withdrawn" boolean DEFAULT false NOT NULL,
	CONSTRAINT "requirement_framework_ref" UNIQUE("framework_id","ref_id")
);
--> statement-breakpoint
CREATE TABLE "requirement_attribute" (
	"requirement_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "requirement_attribute_requirement_id_key_value_pk" PRIMARY KEY("requirement_id","key","value")
);
--> statement-breakpoint
CREATE TABLE "requirement_mapping" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"source_requirement_id" uuid NOT NULL,
	"target_requirement_id" uuid NOT NULL,
	"relationship" "mapping_relationship" NOT NULL,
	"strength" smallint,
	"rationale" text,
	CONSTRAINT "requirement_mapping_pair" UNIQUE("source_requirement_id","target_requirement_id")
);
--> statement-breakpoint
ALTER TABLE "framework" ADD CONSTRAINT "framework_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_parent_id_requirement_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_attribute" ADD CONSTRAINT "requirement_attribute_requirement_id_requirement_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_mapping" ADD CONSTRAINT "requirement_mapping_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_mapping" ADD CONSTRAINT "requirement_mapping_source_requirement_id_requirement_id_fk" FOREIGN KEY ("source_requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_mapping" ADD CONSTRAINT "requirement_mapping_target_requirement_id_requirement_id_fk" FOREIGN KEY ("target_requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requirement_framework_position" ON "requirement" USING btree ("framework_id","position");