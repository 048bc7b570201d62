package io.github.chuxin.persistence.memory;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.UnitTree;
import io.github.chuxin.persistence.Versioned;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.Optional;

/**
 * One immutable snapshot of everything stored; writes make a new one sharing structure. Each
 * kind's aggregates lie in a map ordered by key, the SPI's paging order.
 */
final class MemoryState implements UnitTree {

  static final MemoryState EMPTY = new MemoryState(HashMap.empty(), HashMap.empty(), Vector.empty(), Vector.empty(),
      Vector.empty());

  private final Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables;
  private final Map<String, Vector<ChangeRecord>> history;
  private final Vector<GuidanceAssignment> assignments;
  private final Vector<FiveMustRecord> records;
  private final Vector<Meeting> meetings;

  private MemoryState(Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables,
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

  @SuppressWarnings("unchecked")
  MemoryState with(AggregateKind kind, String key, Versioned<?> value) {
    return new MemoryState(tables.put(kind, table(kind).put(key, (Versioned<Object>) value)), history, assignments,
        records, meetings);
  }

  Vector<ChangeRecord> history(String item) {
    return history.get(item).getOrElse(Vector.empty());
  }

  MemoryState withChange(ChangeRecord record) {
    String key = record.item().value();
    return new MemoryState(tables, history.put(key, history(key).append(record)), assignments, records, meetings);
  }

  Vector<GuidanceAssignment> assignments() {
    return assignments;
  }

  MemoryState withAssignment(GuidanceAssignment assignment) {
    return assignments.contains(assignment) ? this
        : new MemoryState(tables, history, assignments.append(assignment), records, meetings);
  }

  Vector<FiveMustRecord> records() {
    return records;
  }

  MemoryState withRecord(FiveMustRecord record) {
    return records.contains(record) ? this
        : new MemoryState(tables, history, assignments, records.append(record), meetings);
  }

  Vector<Meeting> meetings() {
    return meetings;
  }

  MemoryState withMeeting(Meeting meeting) {
    return meetings.contains(meeting) ? this
        : new MemoryState(tables, history, assignments, records, meetings.append(meeting));
  }

  @Override
  public Optional<Organisation> organisation(OrgId id) {
    return table(AggregateKind.ORGANISATION).get(id.value()).map(v -> (Organisation) v.value()).toJavaOptional();
  }

  @Override
  public int organisationCount() {
    return table(AggregateKind.ORGANISATION).size();
  }

  @Override
  public Iterable<Campaign> campaigns() {
    return table(AggregateKind.CAMPAIGN).values().map(v -> (Campaign) v.value());
  }
}
