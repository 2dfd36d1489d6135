CREATE TABLE "recommendation_figures" (
	"recommendation_id" uuid PRIMARY KEY NOT NULL,
	"open_count" integer DEFAULT 0 NOT NULL,
	"done_count" integer DEFAULT 0 NOT NULL,
	"open_due" date[] DEFAULT '{}' NOT NULL,
	"next_due" date GENERATED ALWAYS AS ("open_due"[1]) STORED,
	"shenzhen_counted" integer DEFAULT 0 NOT NULL,
	"shenzhen_done" integer DEFAULT 0 NOT NULL,
	"shenzhen_open" integer DEFAULT 0 NOT NULL,
	"shenzhen_blocked" integer DEFAULT 0 NOT NULL,
	"shenzhen_started" integer DEFAULT 0 NOT NULL,
	"shenzhen_progress_sum" integer DEFAULT 0 NOT NULL,
	"shenzhen_open_due" date[] DEFAULT '{}' NOT NULL,
	"shenzhen_next_due" date GENERATED ALWAYS AS ("shenzhen_open_due"[1]) STORED,
	"shenzhen_progress" double precision GENERATED ALWAYS AS (case when "shenzhen_counted" = 0 then null else "shenzhen_progress_sum"::float8 / ("shenzhen_counted" * 100)::float8 end) STORED,
	"shenzhen_state" text GENERATED ALWAYS AS (case when "shenzhen_counted" = 0 then 'no_actions' when "shenzhen_done" = "shenzhen_counted" then 'done' when "shenzhen_blocked" > 0 then 'blocked' when "shenzhen_started" > 0 then 'in_progress' else 'not_started' end) STORED,
	"hong_kong_counted" integer DEFAULT 0 NOT NULL,
	"hong_kong_done" integer DEFAULT 0 NOT NULL,
	"hong_kong_open" integer DEFAULT 0 NOT NULL,
	"hong_kong_blocked" integer DEFAULT 0 NOT NULL,
	"hong_kong_started" integer DEFAULT 0 NOT NULL,
	"hong_kong_progress_sum" integer DEFAULT 0 NOT NULL,
	"hong_kong_open_due" date[] DEFAULT '{}' NOT NULL,
	"hong_kong_next_due" date GENERATED ALWAYS AS ("hong_kong_open_due"[1]) STORED,
	"hong_kong_progress" double precision GENERATED ALWAYS AS (case when "hong_kong_counted" = 0 then null else "hong_kong_progress_sum"::float8 / ("hong_kong_counted" * 100)::float8 end) STORED,
	"hong_kong_state" text GENERATED ALWAYS AS (case when "hong_kong_counted" = 0 then 'no_actions' when "hong_kong_done" = "hong_kong_counted" then 'done' when "hong_kong_blocked" > 0 then 'blocked' when "hong_kong_started" > 0 then 'in_progress' else 'not_started' end) STORED
);
--> statement-breakpoint
ALTER TABLE "recommendation_figures" ADD CONSTRAINT "recommendation_figures_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendation_figures_next_due_index" ON "recommendation_figures" USING btree ("next_due");--> statement-breakpoint
CREATE INDEX "recommendation_figures_shenzhen_state_index" ON "recommendation_figures" USING btree ("shenzhen_state");--> statement-breakpoint
CREATE INDEX "recommendation_figures_hong_kong_state_index" ON "recommendation_figures" USING btree ("hong_kong_state");--> statement-breakpoint
CREATE INDEX "recommendation_figures_shenzhen_progress_index" ON "recommendation_figures" USING btree ("shenzhen_progress");--> statement-breakpoint
CREATE INDEX "recommendation_figures_hong_kong_progress_index" ON "recommendation_figures" USING btree ("hong_kong_progress");
--> statement-breakpoint
-- The figures are kept by the database, in the same transaction as every write to actions, so no
-- path (mutations, bulk edits, agency merges, seed, load generator, a hand-written UPDATE) can leave
-- them stale. refresh_recommendation_figures recounts the given recommendations from their actions
-- with lib/side-status.ts's rules (a side counts its own and joint agencies' actions, not cancelled).
-- Nothing here depends on today's date: the queries derive "overdue" from open_due / next_due.
CREATE OR REPLACE FUNCTION refresh_recommendation_figures(ids uuid[]) RETURNS void AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Lock the rows first, in id order. The count below is a new statement, so (READ COMMITTED) it sees
  -- the actions of a concurrent writer that held these locks and has committed: no lost recount.
  PERFORM 1 FROM recommendation_figures WHERE recommendation_id = ANY (ids) ORDER BY recommendation_id FOR UPDATE;
  INSERT INTO recommendation_figures (recommendation_id, open_count, done_count, open_due, shenzhen_counted, shenzhen_done, shenzhen_open, shenzhen_blocked, shenzhen_started, shenzhen_progress_sum, shenzhen_open_due, hong_kong_counted, hong_kong_done, hong_kong_open, hong_kong_blocked, hong_kong_started, hong_kong_progress_sum, hong_kong_open_due)
  SELECT
    r.id,
    count(a.id) FILTER (WHERE a.status NOT IN ('done', 'cancelled')),
    count(a.id) FILTER (WHERE a.status = 'done'),
    coalesce(array_agg(a.due_date ORDER BY a.due_date) FILTER (WHERE a.status NOT IN ('done', 'cancelled') AND a.due_date IS NOT NULL), '{}'),
    count(a.id) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('shenzhen', 'joint')),
    count(a.id) FILTER (WHERE a.status = 'done' AND g.side IN ('shenzhen', 'joint')),
    count(a.id) FILTER (WHERE a.status NOT IN ('done', 'cancelled') AND g.side IN ('shenzhen', 'joint')),
    count(a.id) FILTER (WHERE a.status = 'blocked' AND g.side IN ('shenzhen', 'joint')),
    count(a.id) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('shenzhen', 'joint') AND (a.status IN ('in_progress', 'done') OR a.progress > 0)),
    coalesce(sum(CASE WHEN a.status = 'done' THEN 100 ELSE a.progress END) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('shenzhen', 'joint')), 0),
    coalesce(array_agg(a.due_date ORDER BY a.due_date) FILTER (WHERE a.status NOT IN ('done', 'cancelled') AND g.side IN ('shenzhen', 'joint') AND a.due_date IS NOT NULL), '{}'),
    count(a.id) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('hong_kong', 'joint')),
    count(a.id) FILTER (WHERE a.status = 'done' AND g.side IN ('hong_kong', 'joint')),
    count(a.id) FILTER (WHERE a.status NOT IN ('done', 'cancelled') AND g.side IN ('hong_kong', 'joint')),
    count(a.id) FILTER (WHERE a.status = 'blocked' AND g.side IN ('hong_kong', 'joint')),
    count(a.id) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('hong_kong', 'joint') AND (a.status IN ('in_progress', 'done') OR a.progress > 0)),
    coalesce(sum(CASE WHEN a.status = 'done' THEN 100 ELSE a.progress END) FILTER (WHERE a.status <> 'cancelled' AND g.side IN ('hong_kong', 'joint')), 0),
    coalesce(array_agg(a.due_date ORDER BY a.due_date) FILTER (WHERE a.status NOT IN ('done', 'cancelled') AND g.side IN ('hong_kong', 'joint') AND a.due_date IS NOT NULL), '{}')
  FROM recommendations r
  LEFT JOIN actions a ON a.recommendation_id = r.id
  LEFT JOIN agencies g ON g.id = a.agency_id
  WHERE r.id = ANY (ids)
  GROUP BY r.id
  ON CONFLICT (recommendation_id) DO UPDATE SET
    open_count = excluded.open_count,
    done_count = excluded.done_count,
    open_due = excluded.open_due,
    shenzhen_counted = excluded.shenzhen_counted,
    shenzhen_done = excluded.shenzhen_done,
    shenzhen_open = excluded.shenzhen_open,
    shenzhen_blocked = excluded.shenzhen_blocked,
    shenzhen_started = excluded.shenzhen_started,
    shenzhen_progress_sum = excluded.shenzhen_progress_sum,
    shenzhen_open_due = excluded.shenzhen_open_due,
    hong_kong_counted = excluded.hong_kong_counted,
    hong_kong_done = excluded.hong_kong_done,
    hong_kong_open = excluded.hong_kong_open,
    hong_kong_blocked = excluded.hong_kong_blocked,
    hong_kong_started = excluded.hong_kong_started,
    hong_kong_progress_sum = excluded.hong_kong_progress_sum,
    hong_kong_open_due = excluded.hong_kong_open_due;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION actions_refresh_figures() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_recommendation_figures(array(SELECT DISTINCT recommendation_id FROM new_actions));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_recommendation_figures(array(SELECT DISTINCT recommendation_id FROM old_actions));
  ELSE
    -- Only rows whose counted fields changed (a title edit recounts nothing), old and new recommendation.
    PERFORM refresh_recommendation_figures(array(
      SELECT o.recommendation_id FROM old_actions o JOIN new_actions n ON n.id = o.id
        WHERE (o.status, o.progress, o.due_date, o.agency_id, o.recommendation_id)
          IS DISTINCT FROM (n.status, n.progress, n.due_date, n.agency_id, n.recommendation_id)
      UNION
      SELECT n.recommendation_id FROM old_actions o JOIN new_actions n ON n.id = o.id
        WHERE (o.status, o.progress, o.due_date, o.agency_id, o.recommendation_id)
          IS DISTINCT FROM (n.status, n.progress, n.due_date, n.agency_id, n.recommendation_id)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER actions_figures_insert AFTER INSERT ON actions
  REFERENCING NEW TABLE AS new_actions FOR EACH STATEMENT EXECUTE FUNCTION actions_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER actions_figures_update AFTER UPDATE ON actions
  REFERENCING OLD TABLE AS old_actions NEW TABLE AS new_actions FOR EACH STATEMENT EXECUTE FUNCTION actions_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER actions_figures_delete AFTER DELETE ON actions
  REFERENCING OLD TABLE AS old_actions FOR EACH STATEMENT EXECUTE FUNCTION actions_refresh_figures();
--> statement-breakpoint
-- A new recommendation starts with its empty row (no actions: every count 0, both sides no_actions).
CREATE OR REPLACE FUNCTION recommendations_add_figures() RETURNS trigger AS $$
BEGIN
  INSERT INTO recommendation_figures (recommendation_id) SELECT id FROM new_recommendations ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER recommendations_figures_insert AFTER INSERT ON recommendations
  REFERENCING NEW TABLE AS new_recommendations FOR EACH STATEMENT EXECUTE FUNCTION recommendations_add_figures();
--> statement-breakpoint
-- No mutation moves an agency to another side today; if one ever does, its actions count elsewhere.
CREATE OR REPLACE FUNCTION agencies_side_refresh_figures() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_recommendation_figures(array(SELECT DISTINCT recommendation_id FROM actions WHERE agency_id = NEW.id));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER agencies_side_figures AFTER UPDATE OF side ON agencies
  FOR EACH ROW WHEN (OLD.side IS DISTINCT FROM NEW.side) EXECUTE FUNCTION agencies_side_refresh_figures();
--> statement-breakpoint
-- Backfill: every existing recommendation, counted from its actions.
SELECT refresh_recommendation_figures(array(SELECT id FROM recommendations));
--> statement-breakpoint
-- Every committed write to what the lists show sends one notification on tct_data (pg_notify folds
-- identical notifications of a transaction into one), whoever wrote it: the mutations, the seed, the
-- load generator, a hand-written statement. Each instance listens and drops its cached list answers
-- (db/queries/list-cache.ts), so the cache is right across instances.
CREATE OR REPLACE FUNCTION notify_data_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('tct_data', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER recommendations_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON recommendations
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER actions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON actions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER recommendation_owners_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON recommendation_owners
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER notes_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notes
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER agencies_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agencies
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER users_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER source_documents_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source_documents
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER activity_log_data_changed AFTER INSERT ON activity_log
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
