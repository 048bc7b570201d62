package io.github.chuxin.examples.filestore;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.Versioned;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.Optional;

/**
 * What the directory holds, decoded: one immutable value (persistent maps, so a copy costs
 * nothing). The files are the truth; this is rebuilt from them on open and replaced after every
 * commit, so reads never parse JSON. Aggregates are kept in {@link TreeMap}s ordered by key, which
 * is exactly the SPI's paging order ({@link String#compareTo}).
 *
 * @param tables the aggregates of each kind by key
 * @param history the change records of each rectification item, oldest first
 * @param assignments the assignments of each guidance group, in the order added
 * @param records the five-musts records of each guidance group, in the order added
 * @param meetings the meetings of each leadership body, in the order added
 */
record State(Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables, Map<String, Vector<ChangeRecord>> history,
    Map<String, Vector<GuidanceAssignment>> assignments, Map<String, Vector<FiveMustRecord>> records,
    Map<String, Vector<Meeting>> meetings) {

  static final State EMPTY = new State(HashMap.empty(), HashMap.empty(), HashMap.empty(), HashMap.empty(),
      HashMap.empty());

  TreeMap<String, Versioned<Object>> table(AggregateKind kind) {
    return tables.get(kind).getOrElse(TreeMap::empty);
  }

  State with(AggregateKind kind, String key, Versioned<Object> value) {
    return new State(tables.put(kind, table(kind).put(key, value)), history, assignments, records, meetings);
  }

  State withHistory(String item, Vector<ChangeRecord> changes) {
    return new State(tables, history.put(item, changes), assignments, records, meetings);
  }

  State withAssignments(String group, Vector<GuidanceAssignment> list) {
    return new State(tables, history, assignments.put(group, list), records, meetings);
  }

  State withRecords(String group, Vector<FiveMustRecord> list) {
    return new State(tables, history, assignments, records.put(group, list), meetings);
  }

  State withMeetings(String body, Vector<Meeting> list) {
    return new State(tables, history, assignments, records, meetings.put(body, list));
  }

  Optional<Organisation> organisation(OrgId id) {
    return table(AggregateKind.ORGANISATION).get(id.value()).map(v -> (Organisation) v.value()).toJavaOptional();
  }

  /** Whether a unit lies in a root's subtree (itself included), following the stored parents. */
  boolean isInSubtree(OrgId root, OrgId unit) {
    OrgId current = unit;
    for (int steps = table(AggregateKind.ORGANISATION).size() + 1; steps > 0; steps--) {
      if (current.equals(root)) {
        return true;
      }
      Optional<OrgId> parent = organisation(current).flatMap(Organisation::parentId);
      if (parent.isEmpty()) {
        return false;
      }
      current = parent.get();
    }
    return false;
  }
}
