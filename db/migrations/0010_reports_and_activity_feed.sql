CREATE TYPE "public"."report_format" AS ENUM('pdf', 'xlsx', 'html');--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('queued', 'running', 'ready', 'failed');--> statement-breakpoint
CREATE TABLE "activity_visits" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"last_seen_id" bigint DEFAULT 0 NOT NULL,
	"marker_id" bigint DEFAULT 0 NOT NULL,
	"visited_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"selection" jsonb NOT NULL,
	"format" "report_format" DEFAULT 'pdf' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "report_definitions_ownerId_name_unique" UNIQUE("owner_id","name")
);
--> statement-breakpoint
CREATE TABLE "report_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"definition_id" uuid,
	"requested_by_id" uuid,
	"title" text NOT NULL,
	"selection" jsonb NOT NULL,
	"format" "report_format" NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"round_id" uuid,
	"state" "report_state" DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"stage" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"snapshot" jsonb,
	"file_name" text,
	"content_type" text,
	"byte_size" integer,
	"file" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "report_progress" CHECK ("report_jobs"."done" >= 0 AND "report_jobs"."total" >= 0 AND "report_jobs"."done" <= "report_jobs"."total"),
	CONSTRAINT "report_ready_has_file" CHECK ("report_jobs"."state" <> 'ready' OR "report_jobs"."file" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "activity_visits" ADD CONSTRAINT "activity_visits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_definitions" ADD CONSTRAINT "report_definitions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_jobs" ADD CONSTRAINT "report_jobs_definition_id_report_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."report_definitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_jobs" ADD CONSTRAINT "report_jobs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_jobs" ADD CONSTRAINT "report_jobs_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_jobs_state_created_at_index" ON "report_jobs" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "report_jobs_requested_by_id_created_at_index" ON "report_jobs" USING btree ("requested_by_id","created_at");--> statement-breakpoint
CREATE INDEX "activity_log_actor_id_id_index" ON "activity_log" USING btree ("actor_id","id");