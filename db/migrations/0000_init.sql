CREATE TYPE "public"."acceptance" AS ENUM('pending', 'accepted', 'partially_accepted', 'not_accepted');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('todo', 'in_progress', 'blocked', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('implemented', 'not_implemented', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."health" AS ENUM('on_track', 'at_risk', 'off_track');--> statement-breakpoint
CREATE TYPE "public"."horizon" AS ENUM('short', 'medium', 'long');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('en', 'zh-Hans', 'zh-Hant');--> statement-breakpoint
CREATE TYPE "public"."owner_role" AS ENUM('lead', 'supporting');--> statement-breakpoint
CREATE TYPE "public"."priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('proposed', 'accepted', 'in_progress', 'implemented', 'verified', 'closed');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('shenzhen', 'hong_kong', 'joint', 'national');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'coordinator', 'member', 'viewer');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh_hans" text NOT NULL,
	"name_zh_hant" text NOT NULL,
	"abbreviation" text NOT NULL,
	"side" "side" NOT NULL,
	"parent_id" uuid,
	"merged_into_id" uuid,
	"website" text,
	"email" text,
	"phone" text,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"role" "user_role" DEFAULT 'viewer' NOT NULL,
	"agency_id" uuid,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sessions_valid_after" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "source_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"author" text,
	"publisher" text,
	"published_on" date,
	"date_note" text,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_documents_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "recommendation_owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" "owner_role" NOT NULL,
	"contact_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_owners_recommendationId_agencyId_unique" UNIQUE("recommendation_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_en" text NOT NULL,
	"title_zh_hans" text NOT NULL,
	"title_zh_hant" text NOT NULL,
	"summary_en" text NOT NULL,
	"summary_zh_hans" text NOT NULL,
	"summary_zh_hant" text NOT NULL,
	"rationale" text,
	"theme" text NOT NULL,
	"horizon" "horizon" NOT NULL,
	"priority" "priority" DEFAULT 'medium' NOT NULL,
	"acceptance" "acceptance" DEFAULT 'pending' NOT NULL,
	"acceptance_reason" text,
	"status" "recommendation_status" DEFAULT 'proposed' NOT NULL,
	"closure_reason" "closure_reason",
	"health" "health",
	"target_date" date,
	"source_document_id" uuid,
	"source_locator" text,
	"source_excerpt" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"archived_at" timestamp with time zone,
	"archived_by_id" uuid,
	CONSTRAINT "recommendations_code_unique" UNIQUE("code"),
	CONSTRAINT "closed_has_reason" CHECK ("recommendations"."status" <> 'closed' OR "recommendations"."closure_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"agency_id" uuid NOT NULL,
	"assignee_id" uuid,
	"status" "action_status" DEFAULT 'todo' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"due_date" date,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	CONSTRAINT "progress_range" CHECK ("actions"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "indicator_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"observed_on" date NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric,
	"baseline_date" date,
	"target" numeric,
	"target_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"recommendation_id" uuid,
	"kind" text NOT NULL,
	"field" text,
	"from_value" jsonb,
	"to_value" jsonb,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_merged_into_id_agencies_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD CONSTRAINT "recommendation_owners_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD CONSTRAINT "recommendation_owners_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD CONSTRAINT "recommendation_owners_contact_user_id_users_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_archived_by_id_users_id_fk" FOREIGN KEY ("archived_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log" ADD CONSTRAINT "activity_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log" ADD CONSTRAINT "activity_log_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agencies_side_index" ON "agencies" USING btree ("side");--> statement-breakpoint
CREATE INDEX "users_agency_id_index" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "recommendation_owners_agency_id_index" ON "recommendation_owners" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "recommendations_status_index" ON "recommendations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "recommendations_theme_index" ON "recommendations" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "recommendations_updated_at_index" ON "recommendations" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "actions_recommendation_id_index" ON "actions" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "actions_agency_id_index" ON "actions" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "actions_due_date_index" ON "actions" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "indicator_readings_indicator_id_observed_on_index" ON "indicator_readings" USING btree ("indicator_id","observed_on");--> statement-breakpoint
CREATE INDEX "indicators_recommendation_id_index" ON "indicators" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "activity_log_recommendation_id_at_index" ON "activity_log" USING btree ("recommendation_id","at");--> statement-breakpoint
CREATE INDEX "activity_log_entity_type_at_index" ON "activity_log" USING btree ("entity_type","at");