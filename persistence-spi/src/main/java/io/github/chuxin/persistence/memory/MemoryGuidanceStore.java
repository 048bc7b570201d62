package io.github.chuxin.persistence.memory;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.support.AggregateMatcher;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The in-memory store of guidance groups, assignments and five-musts records. */
final class MemoryGuidanceStore extends MemoryStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  MemoryGuidanceStore(InMemoryStorage.View view) {
    super(view, AggregateType.GUIDANCE_GROUP);
  }

  /** Adds a fact of a group at a unit, refused (with nothing written) if the unit lies outside the scope. */
  private void add(GuidanceGroupId group, OrgId unit, String fact, UnaryOperator<MemoryState> adding) {
    view.write(state -> {
      matcher(state.tables()).checkFactAt(group, unit, fact);
      return adding.apply(state);
    });
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    add(assignment.group(), assignment.unit(), "the assignment", state -> state.withAssignment(assignment));
  }

  /** A group's facts of one list that the scope shows, in the order added. */
  private <F> List<F> shown(Function<MemoryState, Vector<F>> facts, GuidanceGroupId group,
      Function<F, GuidanceGroupId> groupOf, Function<F, OrgId> unitOf) {
    MemoryState state = view.read();
    AggregateMatcher<GuidanceGroup> matcher = matcher(state.tables());
    return facts.apply(state).filter(f -> groupOf.apply(f).equals(group) && matcher.isVisibleAt(unitOf.apply(f)))
        .asJava();
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    return shown(MemoryState::assignments, group, GuidanceAssignment::group, GuidanceAssignment::unit);
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    add(record.group(), record.unit(), "a five-musts record", state -> state.withRecord(record));
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    return shown(MemoryState::records, group, FiveMustRecord::group, FiveMustRecord::unit);
  }
}
