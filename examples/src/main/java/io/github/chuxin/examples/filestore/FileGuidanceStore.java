package io.github.chuxin.examples.filestore;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.support.AggregateMatcher;
import io.vavr.Function3;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The file store of guidance groups, with a file of assignments and one of five-musts records per
 * group ({@code guidance_facts/<group>.assignments.json}, {@code .records.json}). Facts are added
 * once (adding one twice keeps one) and read in the order added.
 */
final class FileGuidanceStore extends FileStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  FileGuidanceStore(FileStorage.View view) {
    super(view, AggregateType.GUIDANCE_GROUP);
  }

  /** Adds a fact of a group at a unit, refused before anything is staged if the unit lies outside the scope. */
  private <F> void add(GuidanceGroupId group, OrgId unit, F fact, String what, String extension,
      Function<FileState, Map<String, Vector<F>>> lists, Function3<FileState, String, Vector<F>, FileState> replacing) {
    view.write((state, files) -> {
      matcher(state.tables()).checkFactAt(group, unit, what);
      String key = group.value();
      return appended(state, files, view.storage().fileOf(FileStorage.GUIDANCE_FACTS, key, extension),
          lists.apply(state).get(key).getOrElse(Vector.empty()), fact, list -> replacing.apply(state, key, list));
    });
  }

  /** A group's facts the scope shows. */
  private <F> List<F> shownOf(GuidanceGroupId group, Function<FileState, Map<String, Vector<F>>> lists,
      Function<F, OrgId> unit) {
    FileState state = view.read();
    AggregateMatcher<GuidanceGroup> matcher = matcher(state.tables());
    return lists.apply(state).get(group.value()).getOrElse(Vector.empty())
        .filter(f -> matcher.isVisibleAt(unit.apply(f))).asJava();
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    add(assignment.group(), assignment.unit(), assignment, "the assignment", ".assignments.json",
        FileState::assignments, FileState::withAssignments);
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    return shownOf(group, FileState::assignments, GuidanceAssignment::unit);
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    add(record.group(), record.unit(), record, "a five-musts record", ".records.json", FileState::records,
        FileState::withRecords);
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    return shownOf(group, FileState::records, FiveMustRecord::unit);
  }
}
