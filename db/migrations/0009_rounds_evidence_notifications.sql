CREATE TYPE "public"."request_state" AS ENUM('not_started', 'draft', 'submitted', 'accepted', 'returned');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('file', 'link');--> statement-breakpoint
CREATE TYPE "public"."email_delivery" AS ENUM('immediate', 'daily', 'none');--> statement-breakpoint
CREATE TABLE "round_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"state" "request_state" DEFAULT 'not_started' NOT NULL,
	"proposed_status" "recommendation_status",
	"proposed_health" "health",
	"statement" text DEFAULT '' NOT NULL,
	"target_date" date,
	"target_date_reason" text,
	"based_on_version" integer,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "round_requests_roundId_recommendationId_agencyId_unique" UNIQUE("round_id","recommendation_id","agency_id"),
	CONSTRAINT "target_date_has_reason" CHECK ("round_requests"."target_date" IS NULL OR coalesce(btrim("round_requests"."target_date_reason"), '') <> '')
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"due_date" date NOT NULL,
	"message" text,
	"filters" jsonb,
	"status" "round_status" DEFAULT 'open' NOT NULL,
	"opened_by_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rounds_name_unique" UNIQUE("name"),
	CONSTRAINT "closed_has_time" CHECK ("rounds"."status" <> 'closed' OR "rounds"."closed_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"action_id" uuid,
	"round_request_id" uuid,
	"kind" "evidence_kind" NOT NULL,
	"file_name" text,
	"content_type" text,
	"size" integer,
	"sha256" text,
	"url" text,
	"label" text,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_has_one_owner" CHECK (num_nonnulls("evidence"."action_id", "evidence"."round_request_id") = 1),
	CONSTRAINT "evidence_kind_fields" CHECK (("evidence"."kind" = 'file' AND "evidence"."file_name" IS NOT NULL AND "evidence"."content_type" IS NOT NULL AND "evidence"."size" IS NOT NULL AND "evidence"."url" IS NULL)
        OR ("evidence"."kind" = 'link' AND "evidence"."url" IS NOT NULL AND "evidence"."file_name" IS NULL)),
	CONSTRAINT "evidence_size_limit" CHECK ("evidence"."size" IS NULL OR "evidence"."size" BETWEEN 1 AND 20971520)
);
--> statement-breakpoint
CREATE TABLE "evidence_chunks" (
	"evidence_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "evidence_chunks_evidence_id_seq_pk" PRIMARY KEY("evidence_id","seq")
);
--> statement-breakpoint
CREATE TABLE "email_digests" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"count" bigint,
	CONSTRAINT "email_digests_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"delivery" "email_delivery" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_reason_pk" PRIMARY KEY("user_id","reason")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"recipient_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"actor_id" uuid,
	"recommendation_id" uuid,
	"action_id" uuid,
	"round_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_due_at" timestamp with time zone,
	"email_claimed_at" timestamp with time zone,
	"email_sent_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupeKey_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_requests" ADD CONSTRAINT "round_requests_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_round_request_id_round_requests_id_fk" FOREIGN KEY ("round_request_id") REFERENCES "public"."round_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_chunks" ADD CONSTRAINT "evidence_chunks_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_digests" ADD CONSTRAINT "email_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_requests_agency_id_state_index" ON "round_requests" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "round_requests_recommendation_id_index" ON "round_requests" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "rounds_status_due_date_index" ON "rounds" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "evidence_action_id_index" ON "evidence" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "evidence_round_request_id_index" ON "evidence" USING btree ("round_request_id");--> statement-breakpoint
CREATE INDEX "evidence_recommendation_id_index" ON "evidence" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_id_created_at_index" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread" ON "notifications" USING btree ("recipient_id") WHERE "notifications"."read_at" IS NULL;--> statement-breakpoint
CREATE INDEX "notifications_email_due" ON "notifications" USING btree ("email_due_at") WHERE "notifications"."email_due_at" IS NOT NULL AND "notifications"."email_sent_at" IS NULL;