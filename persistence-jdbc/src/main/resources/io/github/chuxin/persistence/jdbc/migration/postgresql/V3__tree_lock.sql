-- chuxin storage schema, PostgreSQL, version 3: one lock row that serialises the writes that can change the
-- organisation tree's shape (a unit given a parent, or a stored unit moved), so that two writers
-- can never store a cycle together (A under B and B under A). The adapter locks the row with an
-- UPDATE as the first statement of such a write and reads the paths afterwards.
CREATE TABLE chuxin_tree_lock (
  id integer PRIMARY KEY CHECK (id = 1)
);
INSERT INTO chuxin_tree_lock (id) VALUES (1);
