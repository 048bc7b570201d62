package io.github.chuxin.persistence.memory;

import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Versioned;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The in-memory store of leadership bodies and their meetings. */
final class LeadershipBodies extends MemoryStore<LeadershipBodyId, LeadershipBody> implements LeadershipBodyStore {

  LeadershipBodies(InMemoryStorage.View view) {
    super(view, Table.BODIES, LeadershipBody::id);
  }

  /** Whether the meetings of a body are visible: unscoped, or the body is stored inside the scope. */
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
    view.session().write(state -> {
      if (!bodyVisible(state, meeting.body())) {
        throw new ScopeViolationException(AggregateKind.LEADERSHIP_BODY,
            meeting.body() + " meeting on " + meeting.date(), view.scope().orElseThrow());
      }
      return state.withMeeting(meeting);
    });
  }

  @Override
  public List<Meeting> meetings(LeadershipBodyId body) {
    Objects.requireNonNull(body, "body");
    State state = view.session().read();
    if (!bodyVisible(state, body)) {
      return List.of();
    }
    return state.meetings().filter(m -> m.body().equals(body)).asJava();
  }
}
