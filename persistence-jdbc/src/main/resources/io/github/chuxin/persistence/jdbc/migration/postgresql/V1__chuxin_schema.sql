-- chuxin storage schema, PostgreSQL. Every id column sorts in code point order (COLLATE "C"),
-- which is the stable order of keyset paging and what makes path range scans use the index.

-- Organisations. path is the materialised path of the unit: '/' + the encoded id of each ancestor
-- (root first) + '/' + ..., ending with the unit's own encoded id and '/'. A subtree is a range of
-- the path index: path >= '<root path>' AND path < '<root path without its last slash>0'.
CREATE TABLE chuxin_organisation (
  id        text COLLATE "C" PRIMARY KEY,
  revision  bigint NOT NULL CHECK (revision >= 1),
  parent_id text COLLATE "C",
  path      text COLLATE "C" NOT NULL,
  payload   text NOT NULL
);
CREATE INDEX chuxin_organisation_path ON chuxin_organisation (path);
CREATE INDEX chuxin_organisation_parent ON chuxin_organisation (parent_id);

CREATE TABLE chuxin_campaign (
  id       text COLLATE "C" PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  payload  text NOT NULL
);
-- the batches of each campaign, rewritten with the campaign
CREATE TABLE chuxin_campaign_batch (
  campaign_id text COLLATE "C" NOT NULL REFERENCES chuxin_campaign (id),
  batch_id    text COLLATE "C" NOT NULL,
  number      integer NOT NULL,
  PRIMARY KEY (campaign_id, batch_id)
);
CREATE INDEX chuxin_campaign_batch_batch ON chuxin_campaign_batch (batch_id);
-- the batch assignments of each campaign (the first per unit), rewritten with the campaign;
-- unit_seg is the unit's encoded path segment, for units that are not (yet) stored
CREATE TABLE chuxin_batch_assignment (
  campaign_id text COLLATE "C" NOT NULL REFERENCES chuxin_campaign (id),
  unit_id     text COLLATE "C" NOT NULL,
  unit_seg    text COLLATE "C" NOT NULL,
  batch_id    text COLLATE "C" NOT NULL,
  PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX chuxin_batch_assignment_batch ON chuxin_batch_assignment (batch_id);
-- each assignment with the path range of the subtree that inherits it
CREATE VIEW chuxin_batch_anchor AS
  SELECT x.campaign_id, x.unit_id, x.batch_id, x.lo,
         SUBSTRING(x.lo FROM 1 FOR LENGTH(x.lo) - 1) || '0' AS hi
  FROM (SELECT a.campaign_id, a.unit_id, a.batch_id,
               COALESCE(o.path, '/' || a.unit_seg || '/') COLLATE "C" AS lo
        FROM chuxin_batch_assignment a LEFT JOIN chuxin_organisation o ON o.id = a.unit_id) x;

CREATE TABLE chuxin_problem (
  id          text COLLATE "C" PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     text COLLATE "C" NOT NULL,
  lead_leader text COLLATE "C",
  payload     text NOT NULL
);
CREATE INDEX chuxin_problem_unit ON chuxin_problem (unit_id, id);
CREATE INDEX chuxin_problem_leader ON chuxin_problem (lead_leader, id);

CREATE TABLE chuxin_rectification_item (
  id          text COLLATE "C" PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     text COLLATE "C" NOT NULL,
  lead_leader text COLLATE "C",
  status      varchar(32) NOT NULL,
  deadline    date,
  done        boolean NOT NULL,
  payload     text NOT NULL
);
CREATE INDEX chuxin_rectification_item_unit ON chuxin_rectification_item (unit_id, id);
CREATE INDEX chuxin_rectification_item_status ON chuxin_rectification_item (status, id);
CREATE INDEX chuxin_rectification_item_deadline ON chuxin_rectification_item (deadline);
CREATE INDEX chuxin_rectification_item_open_deadline ON chuxin_rectification_item (deadline) WHERE NOT done;
CREATE INDEX chuxin_rectification_item_leader ON chuxin_rectification_item (lead_leader, id);

-- The change history of rectification items: append-only. The adapter has no UPDATE or DELETE
-- path for it, and the trigger below refuses both for everyone else too.
CREATE TABLE chuxin_rectification_change (
  item_id   text COLLATE "C" NOT NULL REFERENCES chuxin_rectification_item (id),
  revision  bigint NOT NULL CHECK (revision >= 1),
  actor     text NOT NULL,
  at_second bigint NOT NULL,
  at_nano   integer NOT NULL,
  kind      varchar(32) NOT NULL,
  summary   text NOT NULL,
  PRIMARY KEY (item_id, revision)
);
CREATE FUNCTION chuxin_refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'chuxin_rectification_change is append-only: % refused', TG_OP
    USING ERRCODE = 'raise_exception';
END
$$;
CREATE TRIGGER chuxin_rectification_change_append_only
  BEFORE UPDATE OR DELETE ON chuxin_rectification_change
  FOR EACH ROW EXECUTE FUNCTION chuxin_refuse_history_rewrite();
CREATE TRIGGER chuxin_rectification_change_no_truncate
  BEFORE TRUNCATE ON chuxin_rectification_change
  FOR EACH STATEMENT EXECUTE FUNCTION chuxin_refuse_history_rewrite();

CREATE TABLE chuxin_special_rectification (
  id          text COLLATE "C" PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     text COLLATE "C",
  lead_leader text COLLATE "C",
  deadline    date,
  payload     text NOT NULL
);
CREATE INDEX chuxin_special_rectification_unit ON chuxin_special_rectification (unit_id, id);
CREATE INDEX chuxin_special_rectification_deadline ON chuxin_special_rectification (deadline);
CREATE INDEX chuxin_special_rectification_leader ON chuxin_special_rectification (lead_leader, id);

CREATE TABLE chuxin_guidance_group (
  id       text COLLATE "C" PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  payload  text NOT NULL
);
CREATE TABLE chuxin_guidance_assignment (
  seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id text COLLATE "C" NOT NULL,
  unit_id  text COLLATE "C" NOT NULL,
  UNIQUE (group_id, unit_id)
);
CREATE TABLE chuxin_five_must_record (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id     text COLLATE "C" NOT NULL,
  unit_id      text COLLATE "C" NOT NULL,
  payload_hash varchar(64) NOT NULL,
  payload      text NOT NULL,
  UNIQUE (group_id, payload_hash)
);

CREATE TABLE chuxin_activity (
  id          text COLLATE "C" PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     text COLLATE "C" NOT NULL,
  lead_leader text COLLATE "C",
  deadline    date NOT NULL,
  payload     text NOT NULL
);
CREATE INDEX chuxin_activity_unit ON chuxin_activity (unit_id, id);
CREATE INDEX chuxin_activity_deadline ON chuxin_activity (deadline);
CREATE INDEX chuxin_activity_leader ON chuxin_activity (lead_leader, id);
