package io.github.chuxin.examples.filestore;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Objects;

/**
 * The file store of guidance groups, with a file of assignments and one of five-musts records per
 * group. Facts are added once (adding one twice keeps one) and read in the order added; their file
 * is the whole list, rewritten with the new fact at the end.
 */
final class FileGuidanceStore extends FileStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  FileGuidanceStore(FileStorage.View view) {
    super(view, AggregateType.GUIDANCE_GROUP);
  }

  /** Whether a fact's unit lies in this view's scope (always, unscoped). */
  private boolean inScope(FileState state, OrgId unit) {
    return view.scope().map(scope -> state.isInSubtree(scope, unit)).orElse(true);
  }

  /** A fact of a group at a unit outside the scope is refused, before anything is staged. */
  private void refuseOutside(FileState state, GuidanceGroupId group, OrgId unit, String fact) {
    if (!inScope(state, unit)) {
      throw new ScopeViolationException(kind(), group, fact + " at unit " + unit.value(), view.scope().orElseThrow());
    }
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    view.write((state, files) -> {
      refuseOutside(state, assignment.group(), assignment.unit(), "the assignment");
      String group = assignment.group().value();
      Vector<GuidanceAssignment> list = state.assignments().get(group).getOrElse(Vector.empty());
      if (list.contains(assignment)) {
        return state;
      }
      list = list.append(assignment);
      files.put(view.storage().fileOf(FileStorage.GUIDANCE_FACTS, group, ".assignments.json"),
          view.storage().encodeList(list.asJava()));
      return state.withAssignments(group, list);
    });
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    FileState state = view.read();
    return state.assignments().get(group.value()).getOrElse(Vector.empty())
        .filter(a -> inScope(state, a.unit())).asJava();
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    view.write((state, files) -> {
      refuseOutside(state, record.group(), record.unit(), "a five-musts record");
      String group = record.group().value();
      Vector<FiveMustRecord> list = state.records().get(group).getOrElse(Vector.empty());
      if (list.contains(record)) {
        return state;
      }
      list = list.append(record);
      files.put(view.storage().fileOf(FileStorage.GUIDANCE_FACTS, group, ".records.json"),
          view.storage().encodeList(list.asJava()));
      return state.withRecords(group, list);
    });
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    FileState state = view.read();
    return state.records().get(group.value()).getOrElse(Vector.empty())
        .filter(r -> inScope(state, r.unit())).asJava();
  }
}
