package io.github.chuxin.examples.filestore;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Versioned;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stores that keep facts beside their aggregates: facts are added once (adding one twice keeps
 * one) and read in the order added; their file is the whole list, rewritten with the new fact at
 * the end.
 */
final class Facts {

  private Facts() {}

  /** Guidance groups, with a file of assignments and one of five-musts records per group. */
  static final class Guidance extends FileStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

    Guidance(FileStorage.View view) {
      super(view, Kind.GUIDANCE_GROUPS, GuidanceGroup::id);
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
      view.write((state, files) -> {
        requireInScope(state, assignment.unit(), assignment.group() + " at " + assignment.unit());
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
      State state = view.read();
      return state.assignments().get(group.value()).getOrElse(Vector.empty())
          .filter(a -> inScope(state, a.unit())).asJava();
    }

    @Override
    public void record(FiveMustRecord record) {
      Objects.requireNonNull(record, "record");
      view.write((state, files) -> {
        requireInScope(state, record.unit(), record.group() + " at " + record.unit());
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
      State state = view.read();
      return state.records().get(group.value()).getOrElse(Vector.empty())
          .filter(r -> inScope(state, r.unit())).asJava();
    }
  }

  /** Leadership bodies, with a file of meetings per body. */
  static final class Bodies extends FileStore<LeadershipBodyId, LeadershipBody> implements LeadershipBodyStore {

    Bodies(FileStorage.View view) {
      super(view, Kind.BODIES, LeadershipBody::id);
    }

    /** Whether a body's meetings are visible: unscoped, or the body is stored inside the scope. */
    private boolean bodyVisible(State state, LeadershipBodyId body) {
      if (view.scope().isEmpty()) {
        return true;
      }
      Optional<Versioned<Object>> stored = state.table(AggregateKind.LEADERSHIP_BODY).get(body.value()).toJavaOptional();
      return stored.isPresent() && visible(state, cast(stored.get()));
    }

    @Override
    public void hold(Meeting meeting) {
      Objects.requireNonNull(meeting, "meeting");
      view.write((state, files) -> {
        if (!bodyVisible(state, meeting.body())) {
          throw new ScopeViolationException(AggregateKind.LEADERSHIP_BODY,
              meeting.body() + " meeting on " + meeting.date(), view.scope().orElseThrow());
        }
        String body = meeting.body().value();
        Vector<Meeting> list = state.meetings().get(body).getOrElse(Vector.empty());
        if (list.contains(meeting)) {
          return state;
        }
        list = list.append(meeting);
        files.put(view.storage().fileOf(FileStorage.MEETINGS, body, ".json"), view.storage().encodeList(list.asJava()));
        return state.withMeetings(body, list);
      });
    }

    @Override
    public List<Meeting> meetings(LeadershipBodyId body) {
      Objects.requireNonNull(body, "body");
      State state = view.read();
      return bodyVisible(state, body) ? state.meetings().get(body.value()).getOrElse(Vector.empty()).asJava()
          : List.of();
    }
  }
}
