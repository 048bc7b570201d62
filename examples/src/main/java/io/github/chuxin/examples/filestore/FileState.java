package io.github.chuxin.examples.filestore;

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
 * What the directory holds, decoded: one immutable value (persistent maps, so a copy costs
 * nothing). The files are the truth; this is rebuilt from them on open and replaced after every
 * commit, so reads never parse JSON. Aggregates are kept in {@link TreeMap}s ordered by key, which
 * is exactly the SPI's paging order ({@link String#compareTo}). As a {@link UnitTree} it is what
 * the SPI's {@code AggregateMatcher} reads to decide scopes, subtrees and batches.
 *
 * @param tables the aggregates of each kind by key
 * @param history the change records of each rectification item, oldest first
 * @param assignments the assignments of each guidance group, in the order added
 * @param records the five-musts records of each guidance group, in the order added
 * @param meetings the meetings of each leadership body, in the order added
 */
record FileState(Map<AggregateKind, TreeMap<String, Versioned<Object>>> tables,
    Map<String, Vector<ChangeRecord>> history, Map<String, Vector<GuidanceAssignment>> assignments,
    Map<String, Vector<FiveMustRecord>> records, Map<String, Vector<Meeting>> meetings) implements UnitTree {

  static final FileState EMPTY = new FileState(HashMap.empty(), HashMap.empty(), HashMap.empty(), HashMap.empty(),
      HashMap.empty());

  TreeMap<String, Versioned<Object>> table(AggregateKind kind) {
    return tables.get(kind).getOrElse(TreeMap::empty);
  }

  @SuppressWarnings("unchecked")
  FileState with(AggregateKind kind, String key, Versioned<?> value) {
    return new FileState(tables.put(kind, table(kind).put(key, (Versioned<Object>) value)), history, assignments,
        records, meetings);
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
