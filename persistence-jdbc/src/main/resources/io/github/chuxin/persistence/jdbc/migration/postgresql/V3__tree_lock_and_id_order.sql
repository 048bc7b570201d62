-- chuxin storage schema, PostgreSQL, version 3: one lock row that serialises the writes that can change the
-- organisation tree's shape (a unit given a parent, or a stored unit moved), so that two writers
-- can never store a cycle together (A under B and B under A). The adapter locks the row with
-- SELECT ... FOR UPDATE as the first statement of such a write and reads the paths afterwards.
CREATE TABLE chuxin_tree_lock (
  id integer PRIMARY KEY CHECK (id = 1)
);
INSERT INTO chuxin_tree_lock (id) VALUES (1);

-- Pages come in the order of Java's String.compareTo (UTF-16 code units), which the SPI promises.
-- COLLATE "C" orders by code point, which differs in one place: UTF-16 puts the supplementary
-- characters (U+10000 and up, such as CJK extension B to G and emoji) before U+E000..U+FFFF
-- (private use, CJK compatibility, fullwidth forms, the byte-order mark). chuxin_sort_key maps
-- U+10000.. down by 0x2000 and U+E000..U+FFFF up by 0x100000, so its result orders under "C" as
-- the id does in Java; an id without a character from U+E000 up is its own key. The queries order
-- and continue pages by it, served by one expression index per table.
CREATE FUNCTION chuxin_sort_key(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN s !~ '[\uE000-\U0010FFFF]' THEN s ELSE (
    SELECT string_agg(chr(CASE WHEN x.cp >= 65536 THEN x.cp - 8192
                               WHEN x.cp >= 57344 THEN x.cp + 1048576
                               ELSE x.cp END), '' ORDER BY x.i)
    FROM (SELECT g.i, ascii(substr(s, g.i, 1)) AS cp FROM generate_series(1, length(s)) AS g(i)) AS x) END
$$;
CREATE INDEX chuxin_organisation_sort ON chuxin_organisation (chuxin_sort_key(id));
CREATE INDEX chuxin_campaign_sort ON chuxin_campaign (chuxin_sort_key(id));
CREATE INDEX chuxin_problem_sort ON chuxin_problem (chuxin_sort_key(id));
CREATE INDEX chuxin_rectification_item_sort ON chuxin_rectification_item (chuxin_sort_key(id));
CREATE INDEX chuxin_special_rectification_sort ON chuxin_special_rectification (chuxin_sort_key(id));
CREATE INDEX chuxin_guidance_group_sort ON chuxin_guidance_group (chuxin_sort_key(id));
CREATE INDEX chuxin_activity_sort ON chuxin_activity (chuxin_sort_key(id));
CREATE INDEX chuxin_leader_sort ON chuxin_leader (chuxin_sort_key(id));
CREATE INDEX chuxin_leadership_body_sort ON chuxin_leadership_body (chuxin_sort_key(id));
CREATE INDEX chuxin_implementation_plan_sort ON chuxin_implementation_plan (chuxin_sort_key(id));
CREATE INDEX chuxin_schedule_item_sort ON chuxin_schedule_item (chuxin_sort_key(id));
CREATE INDEX chuxin_problem_list_sort ON chuxin_problem_list (chuxin_sort_key(id));
