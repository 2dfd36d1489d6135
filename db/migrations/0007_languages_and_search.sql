ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" DROP NOT NULL;--> statement-breakpoint
-- No one could choose a language before this migration: 'en' was the default, not a choice.
UPDATE "users" SET "locale" = NULL;--> statement-breakpoint
-- Trigram indexes make substring search (Chinese included) fast; search_text is filled by the
-- application (db/search-text.ts), which converts to one script first, and after migrating.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "title_zh_hans" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "title_zh_hant" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "description_zh_hans" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "description_zh_hant" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE INDEX "recommendations_search_text_trgm" ON "recommendations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "actions_search_text_trgm" ON "actions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notes_search_text_trgm" ON "notes" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "title_present" CHECK ("actions"."title" <> '' OR "actions"."title_zh_hans" <> '' OR "actions"."title_zh_hant" <> '');