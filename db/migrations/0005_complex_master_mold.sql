DROP INDEX "actions_recommendation_id_index";--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "completion_note" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "actions_recommendation_id_position_index" ON "actions" USING btree ("recommendation_id","position");