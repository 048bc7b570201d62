-- chuxin storage schema, H2. H2 compares strings as Java does, the stable order of keyset paging.

-- Organisations. path is the materialised path of the unit: '/' + the encoded id of each ancestor
-- (root first) + '/' + ..., ending with the unit's own encoded id and '/'. A subtree is a range of
-- the path index: path >= '<root path>' AND path < '<root path without its last slash>0'.
CREATE TABLE chuxin_organisation (
  id        varchar PRIMARY KEY,
  revision  bigint NOT NULL CHECK (revision >= 1),
  parent_id varchar,
  path      varchar NOT NULL,
  payload   CLOB NOT NULL
);
CREATE INDEX chuxin_organisation_path ON chuxin_organisation (path);
CREATE INDEX chuxin_organisation_parent ON chuxin_organisation (parent_id);

CREATE TABLE chuxin_campaign (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  payload  CLOB NOT NULL
);
-- the batches of each campaign, rewritten with the campaign
CREATE TABLE chuxin_campaign_batch (
  campaign_id varchar NOT NULL REFERENCES chuxin_campaign (id),
  batch_id    varchar NOT NULL,
  number      integer NOT NULL,
  PRIMARY KEY (campaign_id, batch_id)
);
CREATE INDEX chuxin_campaign_batch_batch ON chuxin_campaign_batch (batch_id);
-- the batch assignments of each campaign (the first per unit), rewritten with the campaign;
-- unit_seg is the unit's encoded path segment, for units that are not (yet) stored
CREATE TABLE chuxin_batch_assignment (
  campaign_id varchar NOT NULL REFERENCES chuxin_campaign (id),
  unit_id     varchar NOT NULL,
  unit_seg    varchar NOT NULL,
  batch_id    varchar NOT NULL,
  PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX chuxin_batch_assignment_batch ON chuxin_batch_assignment (batch_id);
-- each assignment with the path range of the subtree that inherits it
CREATE VIEW chuxin_batch_anchor AS
  SELECT x.campaign_id, x.unit_id, x.batch_id, x.lo,
         SUBSTRING(x.lo FROM 1 FOR LENGTH(x.lo) - 1) || '0' AS hi
  FROM (SELECT a.campaign_id, a.unit_id, a.batch_id,
               COALESCE(o.path, '/' || a.unit_seg || '/') AS lo
        FROM chuxin_batch_assignment a LEFT JOIN chuxin_organisation o ON o.id = a.unit_id) x;

CREATE TABLE chuxin_problem (
  id          varchar PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     varchar NOT NULL,
  lead_leader varchar,
  payload     CLOB NOT NULL
);
CREATE INDEX chuxin_problem_unit ON chuxin_problem (unit_id, id);
CREATE INDEX chuxin_problem_leader ON chuxin_problem (lead_leader, id);

CREATE TABLE chuxin_rectification_item (
  id          varchar PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     varchar NOT NULL,
  lead_leader varchar,
  status      varchar(32) NOT NULL,
  deadline    date,
  done        boolean NOT NULL,
  payload     CLOB NOT NULL
);
CREATE INDEX chuxin_rectification_item_unit ON chuxin_rectification_item (unit_id, id);
CREATE INDEX chuxin_rectification_item_status ON chuxin_rectification_item (status, id);
CREATE INDEX chuxin_rectification_item_deadline ON chuxin_rectification_item (deadline);
CREATE INDEX chuxin_rectification_item_open_deadline ON chuxin_rectification_item (done, deadline);
CREATE INDEX chuxin_rectification_item_leader ON chuxin_rectification_item (lead_leader, id);

-- The change history of rectification items: append-only. The adapter has no UPDATE or DELETE
-- path for it, (a PostgreSQL trigger refuses both there).
CREATE TABLE chuxin_rectification_change (
  item_id   varchar NOT NULL REFERENCES chuxin_rectification_item (id),
  revision  bigint NOT NULL CHECK (revision >= 1),
  actor     varchar NOT NULL,
  at_second bigint NOT NULL,
  at_nano   integer NOT NULL,
  kind      varchar(32) NOT NULL,
  summary   varchar NOT NULL,
  PRIMARY KEY (item_id, revision)
);
-- (H2 has no SQL triggers; the adapter has no UPDATE or DELETE path for this table.)

CREATE TABLE chuxin_special_rectification (
  id          varchar PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     varchar,
  lead_leader varchar,
  deadline    date,
  payload     CLOB NOT NULL
);
CREATE INDEX chuxin_special_rectification_unit ON chuxin_special_rectification (unit_id, id);
CREATE INDEX chuxin_special_rectification_deadline ON chuxin_special_rectification (deadline);
CREATE INDEX chuxin_special_rectification_leader ON chuxin_special_rectification (lead_leader, id);

CREATE TABLE chuxin_guidance_group (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  payload  CLOB NOT NULL
);
CREATE TABLE chuxin_guidance_assignment (
  seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id varchar NOT NULL,
  unit_id  varchar NOT NULL,
  UNIQUE (group_id, unit_id)
);
CREATE TABLE chuxin_five_must_record (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id     varchar NOT NULL,
  unit_id      varchar NOT NULL,
  payload_hash varchar(64) NOT NULL,
  payload      CLOB NOT NULL,
  UNIQUE (group_id, payload_hash)
);

CREATE TABLE chuxin_activity (
  id          varchar PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     varchar NOT NULL,
  lead_leader varchar,
  deadline    date NOT NULL,
  payload     CLOB NOT NULL
);
CREATE INDEX chuxin_activity_unit ON chuxin_activity (unit_id, id);
CREATE INDEX chuxin_activity_deadline ON chuxin_activity (deadline);
CREATE INDEX chuxin_activity_leader ON chuxin_activity (lead_leader, id);
