package io.github.chuxin.persistence.memory;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.support.AggregateTables;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;

/**
 * One immutable snapshot of everything stored; writes make a new one sharing structure.
 *
 * @param tables the aggregates of every kind
 * @param history the change records of each rectification item, oldest first
 * @param assignments the guidance assignments, in the order added
 * @param records the five-musts records, in the order added
 * @param meetings the meetings, in the order added
 */
record MemoryState(AggregateTables tables, Map<String, Vector<ChangeRecord>> history,
    Vector<GuidanceAssignment> assignments, Vector<FiveMustRecord> records, Vector<Meeting> meetings) {

  static final MemoryState EMPTY = new MemoryState(AggregateTables.empty(), HashMap.empty(), Vector.empty(),
      Vector.empty(), Vector.empty());

  MemoryState withTables(AggregateTables next) {
    return new MemoryState(next, history, assignments, records, meetings);
  }

  Vector<ChangeRecord> history(String item) {
    return history.get(item).getOrElse(Vector.empty());
  }

  MemoryState withChange(ChangeRecord record) {
    String key = record.item().value();
    return new MemoryState(tables, history.put(key, history(key).append(record)), assignments, records, meetings);
  }

  /** Adds an assignment unless an equal one is there. */
  MemoryState withAssignment(GuidanceAssignment assignment) {
    return assignments.contains(assignment) ? this
        : new MemoryState(tables, history, assignments.append(assignment), records, meetings);
  }

  /** Adds a five-musts record unless an equal one is there. */
  MemoryState withRecord(FiveMustRecord record) {
    return records.contains(record) ? this
        : new MemoryState(tables, history, assignments, records.append(record), meetings);
  }

  /** Adds a meeting unless an equal one is there. */
  MemoryState withMeeting(Meeting meeting) {
    return meetings.contains(meeting) ? this
        : new MemoryState(tables, history, assignments, records, meetings.append(meeting));
  }
}
