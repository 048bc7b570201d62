package io.github.chuxin.persistence.memory;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.ScopeViolationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The in-memory store of guidance groups, assignments and five-musts records. */
final class Guidance extends MemoryStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  Guidance(InMemoryStorage.View view) {
    super(view, Table.GUIDANCE_GROUPS, GuidanceGroup::id);
  }

  private boolean inScope(State state, OrgId unit) {
    Optional<OrgId> scope = view.scope();
    return scope.isEmpty() || state.isInSubtree(scope.get(), unit);
  }

  private void requireInScope(State state, OrgId unit, String what) {
    if (!inScope(state, unit)) {
      throw new ScopeViolationException(AggregateKind.GUIDANCE_GROUP, what, view.scope().orElseThrow());
    }
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    view.session().write(state -> {
      requireInScope(state, assignment.unit(), assignment.group() + " at " + assignment.unit());
      return state.withAssignment(assignment);
    });
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    State state = view.session().read();
    return state.assignments().filter(a -> a.group().equals(group) && inScope(state, a.unit())).asJava();
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    view.session().write(state -> {
      requireInScope(state, record.unit(), record.group() + " at " + record.unit());
      return state.withRecord(record);
    });
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    State state = view.session().read();
    return state.records().filter(r -> r.group().equals(group) && inScope(state, r.unit())).asJava();
  }
}
