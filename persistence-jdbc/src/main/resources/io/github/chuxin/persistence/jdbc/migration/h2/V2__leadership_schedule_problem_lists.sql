-- chuxin storage schema, H2, version 2: stores for leaders, leadership bodies with their meetings, implementation plans,
-- the schedule and problem lists. Every column a query filters on is a real, indexed column;
-- the rest of each aggregate is the JSON payload, as in version 1.

CREATE TABLE chuxin_leader (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  unit_id  varchar NOT NULL,
  payload  CLOB NOT NULL
);
CREATE INDEX chuxin_leader_unit ON chuxin_leader (unit_id, id);

CREATE TABLE chuxin_leadership_body (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  unit_id  varchar NOT NULL,
  payload  CLOB NOT NULL
);
CREATE INDEX chuxin_leadership_body_unit ON chuxin_leadership_body (unit_id, id);
-- Meetings have no id: facts kept beside their body, like the five-musts records beside their
-- group; an equal meeting added twice is kept once (deduplicated by a SHA-256 of the payload),
-- and seq keeps the order they were added.
CREATE TABLE chuxin_meeting (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  body_id      varchar NOT NULL,
  payload_hash varchar(64) NOT NULL,
  payload      CLOB NOT NULL,
  UNIQUE (body_id, payload_hash)
);
CREATE INDEX chuxin_meeting_body ON chuxin_meeting (body_id, seq);

-- Implementation plans with their reviews; deadline is the date the plan was submitted.
CREATE TABLE chuxin_implementation_plan (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  unit_id  varchar NOT NULL,
  deadline date NOT NULL,
  payload  CLOB NOT NULL
);
CREATE INDEX chuxin_implementation_plan_unit ON chuxin_implementation_plan (unit_id, id);
CREATE INDEX chuxin_implementation_plan_deadline ON chuxin_implementation_plan (deadline);

-- Schedule items: id is the ScheduleItemKey value '<window start>/<kind>/<unit>'; deadline is the
-- first day of the window.
CREATE TABLE chuxin_schedule_item (
  id       varchar PRIMARY KEY,
  revision bigint NOT NULL CHECK (revision >= 1),
  unit_id  varchar NOT NULL,
  deadline date NOT NULL,
  payload  CLOB NOT NULL
);
CREATE INDEX chuxin_schedule_item_unit ON chuxin_schedule_item (unit_id, id);
CREATE INDEX chuxin_schedule_item_deadline ON chuxin_schedule_item (deadline);

-- Problem lists: unit_id and lead_leader are the owner's unit and leader.
CREATE TABLE chuxin_problem_list (
  id          varchar PRIMARY KEY,
  revision    bigint NOT NULL CHECK (revision >= 1),
  unit_id     varchar NOT NULL,
  lead_leader varchar,
  payload     CLOB NOT NULL
);
CREATE INDEX chuxin_problem_list_unit ON chuxin_problem_list (unit_id, id);
CREATE INDEX chuxin_problem_list_leader ON chuxin_problem_list (lead_leader, id);
