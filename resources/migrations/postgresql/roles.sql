-- The team's roles on a server, enforced by the database itself (GRANTs and row-level
-- security), not only by what the window offers. Run by `server init` after the schema
-- versions, every time: it only creates what is missing and grants what each role needs on
-- the tables of the current version, so an upgrade brings the grants of its new tables.
--
-- Roles are group roles of the cluster, named after the database (iotdesk_coordinator for the
-- database iotdesk), so that two IoT Desk databases on one server keep their teams apart:
--   coordinator  everything;
--   consultant   logs and edits consultations, their follow-ups and the people they talk to;
--                reads the rest;
--   reviewer     scores (and declares conflicts on) the applications of their bureau — of
--                every bureau for MIC and the contractor (no bureau in iotdesk_users); reads
--                the rest;
--   viewer       reads, prints and exports.
-- Who is which is the table iotdesk_users (server only), written by `server add-user` and
-- `server set-role` together with the role memberships.

-- What is already there is kept without a word.
SET LOCAL client_min_messages = warning;

CREATE TABLE IF NOT EXISTS iotdesk_users (
    user_name  text PRIMARY KEY,
    role       text NOT NULL CHECK (role IN ('coordinator', 'consultant', 'reviewer', 'viewer')),
    bureau_id  bigint REFERENCES bureaus(id),
    CHECK (role = 'reviewer' OR bureau_id IS NULL)
);

DO $$
DECLARE
    prefix text := current_database();
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['coordinator', 'consultant', 'reviewer', 'viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_' || role_name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || role_name);
        END IF;
    END LOOP;

    -- Everyone reads everything, and may take ids (the id filling calls nextval).
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I, %I', current_schema(),
                   prefix || '_coordinator', prefix || '_consultant', prefix || '_reviewer',
                   prefix || '_viewer');
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I, %I, %I, %I', current_schema(),
                   prefix || '_coordinator', prefix || '_consultant', prefix || '_reviewer',
                   prefix || '_viewer');
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I, %I, %I', current_schema(),
                   prefix || '_coordinator', prefix || '_consultant', prefix || '_reviewer');

    -- The coordinator runs the program: every table but the list of users and the version.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   current_schema(), prefix || '_coordinator');
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON iotdesk_users, iotdesk_schema_version '
                   'FROM %I', prefix || '_coordinator');

    -- A consultant's writes, and the history every write records.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON consultations, follow_ups, contacts TO %I',
                   prefix || '_consultant');
    -- The consultations' triggers keep their counts with the writer's rights.
    EXECUTE format('GRANT INSERT, UPDATE ON consultation_counts TO %I', prefix || '_consultant');
    -- The contractor's consultants write the plans with the municipalities and keep the
    -- know-how register.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON plans, plan_sections, plan_nodes, '
                   'plan_members, plan_milestones, plan_kpis, plan_amounts, plan_risks, '
                   'plan_versions, knowhow TO %I', prefix || '_consultant');
    EXECUTE format('GRANT INSERT ON history TO %I, %I', prefix || '_consultant',
                   prefix || '_reviewer');

    -- A reviewer's writes; which rows, the policies below say.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON review_scores, review_conflicts TO %I',
                   prefix || '_reviewer');
END
$$;

-- Whether the connected user may review an application: a reviewer of its lead's bureau, or
-- one without a bureau (MIC, the contractor); and anyone who is not a reviewer (the grants
-- decide for them). It runs with the caller's rights (current_user is the caller), who may
-- read every table.
CREATE OR REPLACE FUNCTION iotdesk_may_review(application bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM iotdesk_users u WHERE u.user_name = current_user
                       AND u.role = 'reviewer')
        OR EXISTS (SELECT 1 FROM iotdesk_users u WHERE u.user_name = current_user
                   AND u.role = 'reviewer' AND u.bureau_id IS NULL)
        OR EXISTS (SELECT 1 FROM iotdesk_users u
                   JOIN application_members m ON m.application_id = application AND m.is_lead = 1
                   JOIN local_governments g ON g.code6 = m.lg_code6
                   JOIN prefectures p ON p.code = g.prefecture_code
                   WHERE u.user_name = current_user AND u.role = 'reviewer'
                   AND u.bureau_id = p.bureau_id)
$$;

ALTER TABLE review_scores ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_conflicts ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON review_scores;
DROP POLICY IF EXISTS reviewers_of_the_bureau ON review_scores;
DROP POLICY IF EXISTS everyone_reads ON review_conflicts;
DROP POLICY IF EXISTS reviewers_of_the_bureau ON review_conflicts;
CREATE POLICY everyone_reads ON review_scores FOR SELECT USING (true);
CREATE POLICY reviewers_of_the_bureau ON review_scores FOR ALL
    USING (iotdesk_may_review(application_id)) WITH CHECK (iotdesk_may_review(application_id));
CREATE POLICY everyone_reads ON review_conflicts FOR SELECT USING (true);
CREATE POLICY reviewers_of_the_bureau ON review_conflicts FOR ALL
    USING (iotdesk_may_review(application_id)) WITH CHECK (iotdesk_may_review(application_id));
