package io.github.chuxin.examples.filestore;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.support.AggregateTables;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;

/**
 * What the directory holds, decoded: one immutable value (persistent maps, so a copy costs
 * nothing). The files are the truth; this is rebuilt from them on open and replaced after every
 * commit, so reads never parse JSON. The aggregates lie in the SPI's {@link AggregateTables},
 * ordered by key, which is exactly the SPI's paging order ({@link String#compareTo}), and which the
 * SPI's {@code AggregateMatcher} reads to decide scopes, subtrees and batches.
 *
 * @param tables the aggregates of each kind by key
 * @param history the change records of each rectification item, oldest first
 * @param assignments the assignments of each guidance group, in the order added
 * @param records the five-musts records of each guidance group, in the order added
 * @param meetings the meetings of each leadership body, in the order added
 */
record FileState(AggregateTables tables, Map<String, Vector<ChangeRecord>> history,
    Map<String, Vector<GuidanceAssignment>> assignments, Map<String, Vector<FiveMustRecord>> records,
    Map<String, Vector<Meeting>> meetings) {

  static final FileState EMPTY = new FileState(AggregateTables.empty(), HashMap.empty(), HashMap.empty(),
      HashMap.empty(), HashMap.empty());

  FileState withTables(AggregateTables next) {
    return new FileState(next, history, assignments, records, meetings);
  }

  FileState withHistory(String item, Vector<ChangeRecord> changes) {
    return new FileState(tables, history.put(item, changes), assignments, records, meetings);
  }

  FileState withAssignments(String group, Vector<GuidanceAssignment> list) {
    return new FileState(tables, history, assignments.put(group, list), records, meetings);
  }

  FileState withRecords(String group, Vector<FiveMustRecord> list) {
    return new FileState(tables, history, assignments, records.put(group, list), meetings);
  }

  FileState withMeetings(String body, Vector<Meeting> list) {
    return new FileState(tables, history, assignments, records, meetings.put(body, list));
  }
}
