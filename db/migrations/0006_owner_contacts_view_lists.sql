ALTER TABLE "recommendation_owners" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD CONSTRAINT "owner_contact_one_kind" CHECK ("recommendation_owners"."contact_user_id" IS NULL OR ("recommendation_owners"."contact_name" IS NULL AND "recommendation_owners"."contact_email" IS NULL));--> statement-breakpoint
ALTER TABLE "recommendation_owners" ADD CONSTRAINT "owner_contact_email_has_name" CHECK ("recommendation_owners"."contact_email" IS NULL OR "recommendation_owners"."contact_name" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "saved_views" ADD COLUMN "list" text DEFAULT 'recommendations' NOT NULL;--> statement-breakpoint
ALTER TABLE "saved_views" DROP CONSTRAINT "saved_views_ownerId_name_unique";--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_ownerId_list_name_unique" UNIQUE("owner_id","list","name");--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_view_list" CHECK ("saved_views"."list" IN ('recommendations', 'actions'));--> statement-breakpoint
-- A default view per user and table: the key becomes (user, list); existing defaults are the recommendations list's.
ALTER TABLE "user_default_views" ADD COLUMN "list" text DEFAULT 'recommendations' NOT NULL;--> statement-breakpoint
ALTER TABLE "user_default_views" DROP CONSTRAINT "user_default_views_pkey";--> statement-breakpoint
ALTER TABLE "user_default_views" ADD CONSTRAINT "user_default_views_user_id_list_pk" PRIMARY KEY("user_id","list");--> statement-breakpoint
ALTER TABLE "user_default_views" ADD CONSTRAINT "user_default_view_list" CHECK ("user_default_views"."list" IN ('recommendations', 'actions'));
