package io.github.chuxin.persistence.memory;

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

/** One immutable snapshot of everything stored; writes make a new one sharing structure. */
final class State {

  static final State EMPTY = new State(HashMap.empty(), HashMap.empty(), Vector.empty(), Vector.empty(),
      Vector.empty());

  private final Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables;
  private final Map<String, Vector<ChangeRecord>> history;
  private final Vector<GuidanceAssignment> assignments;
  private final Vector<FiveMustRecord> records;
  private final Vector<Meeting> meetings;

  private State(Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables,
      Map<String, Vector<ChangeRecord>> history, Vector<GuidanceAssignment> assignments,
      Vector<FiveMustRecord> records, Vector<Meeting> meetings) {
    this.tables = tables;
    this.history = history;
    this.assignments = assignments;
    this.records = records;
    this.meetings = meetings;
  }

  TreeMap<String, Versioned<Object>> table(AggregateKind kind) {
    return tables.get(kind).getOrElse(TreeMap::empty);
  }

  State withTable(AggregateKind kind, TreeMap<String, Versioned<Object>> table) {
    return new State(tables.put(kind, table), history, assignments, records, meetings);
  }

  Vector<ChangeRecord> history(String item) {
    return history.get(item).getOrElse(Vector.empty());
  }

  State withChange(ChangeRecord record) {
    String key = record.item().value();
    return new State(tables, history.put(key, history(key).append(record)), assignments, records, meetings);
  }

  Vector<GuidanceAssignment> assignments() {
    return assignments;
  }

  State withAssignment(GuidanceAssignment assignment) {
    return assignments.contains(assignment) ? this
        : new State(tables, history, assignments.append(assignment), records, meetings);
  }

  Vector<FiveMustRecord> records() {
    return records;
  }

  State withRecord(FiveMustRecord record) {
    return records.contains(record) ? this : new State(tables, history, assignments, records.append(record), meetings);
  }

  Vector<Meeting> meetings() {
    return meetings;
  }

  State withMeeting(Meeting meeting) {
    return meetings.contains(meeting) ? this
        : new State(tables, history, assignments, records, meetings.append(meeting));
  }

  Optional<Organisation> organisation(OrgId id) {
    return table(AggregateKind.ORGANISATION).get(id.value()).map(v -> (Organisation) v.value()).toJavaOptional();
  }

  /** Whether a unit lies in a root's subtree (itself included), following stored parents. */
  boolean isInSubtree(OrgId root, OrgId unit) {
    OrgId current = unit;
    int steps = table(AggregateKind.ORGANISATION).size() + 1;
    while (steps-- > 0) {
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
