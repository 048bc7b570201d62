package io.github.chuxin.persistence.memory;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.ScopeViolationException;
import java.util.List;
import java.util.Objects;

/** The in-memory store of guidance groups, assignments and five-musts records. */
final class MemoryGuidanceStore extends MemoryStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  MemoryGuidanceStore(InMemoryStorage.View view) {
    super(view, AggregateType.GUIDANCE_GROUP);
  }

  /** Whether a fact's unit is visible: unscoped, or the unit lies in the scope. */
  private boolean inScope(MemoryState state, OrgId unit) {
    return view.scope().map(scope -> state.isInSubtree(scope, unit)).orElse(true);
  }

  private void requireInScope(MemoryState state, GuidanceGroupId group, OrgId unit, String fact) {
    if (!inScope(state, unit)) {
      throw new ScopeViolationException(kind(), group, fact + " at unit " + unit.value(), view.scope().orElseThrow());
    }
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    view.session().write(state -> {
      requireInScope(state, assignment.group(), assignment.unit(), "the assignment");
      return state.withAssignment(assignment);
    });
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    MemoryState state = view.session().read();
    return state.assignments().filter(a -> a.group().equals(group) && inScope(state, a.unit())).asJava();
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    view.session().write(state -> {
      requireInScope(state, record.group(), record.unit(), "a five-musts record");
      return state.withRecord(record);
    });
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    MemoryState state = view.session().read();
    return state.records().filter(r -> r.group().equals(group) && inScope(state, r.unit())).asJava();
  }
}
