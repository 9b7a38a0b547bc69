CREATE TABLE "requirement_parameter" (
	"requirement_id" uuid NOT NULL,
	"param_id" text NOT NULL,
	"position" integer NOT NULL,
	"label" text,
	"values" text[] NOT NULL,
	"choices" text[] NOT NULL,
	"how_many" text,
	CONSTRAINT "requirement_parameter_requirement_id_param_id_pk" PRIMARY KEY("requirement_id","param_id")
);
--> statement-breakpoint
ALTER TABLE "requirement_mapping" DROP CONSTRAINT "requirement_mapping_pair";--> statement-breakpoint
ALTER TABLE "requirement_attribute" DROP CONSTRAINT "requirement_attribute_requirement_id_key_value_pk";--> statement-breakpoint
ALTER TABLE "framework" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "framework" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "objectives" text;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "typical_evidence" text;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "source_key" text;--> statement-breakpoint
UPDATE "requirement" SET "source_key" = "ref_id";--> statement-breakpoint
ALTER TABLE "requirement" ALTER COLUMN "source_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "requirement_attribute" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "requirement_parameter" ADD CONSTRAINT "requirement_parameter_requirement_id_requirement_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_attribute" ADD CONSTRAINT "requirement_attribute_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requirement_attribute_org" ON "requirement_attribute" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "requirement_mapping_target" ON "requirement_mapping" USING btree ("target_requirement_id");--> statement-breakpoint
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_framework_source_key" UNIQUE("framework_id","source_key");--> statement-breakpoint
ALTER TABLE "requirement_attribute" ADD CONSTRAINT "requirement_attribute_value" UNIQUE NULLS NOT DISTINCT("requirement_id","organization_id","key","value");--> statement-breakpoint
ALTER TABLE "requirement_mapping" ADD CONSTRAINT "requirement_mapping_pair" UNIQUE NULLS NOT DISTINCT("organization_id","source_requirement_id","target_requirement_id");