package io.github.chuxin.persistence.memory;

import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.ScopeViolationException;
import java.util.List;
import java.util.Objects;

/** The in-memory store of leadership bodies and their meetings. */
final class MemoryLeadershipBodyStore extends MemoryStore<LeadershipBodyId, LeadershipBody>
    implements LeadershipBodyStore {

  MemoryLeadershipBodyStore(InMemoryStorage.View view) {
    super(view, AggregateType.LEADERSHIP_BODY);
  }

  @Override
  public void hold(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    view.write(state -> {
      if (!showsFactsOf(state.tables(), meeting.body().value())) {
        throw new ScopeViolationException(kind(), meeting.body(), "the meeting on " + meeting.date(),
            view.scope().orElseThrow());
      }
      return state.withMeeting(meeting);
    });
  }

  @Override
  public List<Meeting> meetings(LeadershipBodyId body) {
    Objects.requireNonNull(body, "body");
    MemoryState state = view.read();
    if (!showsFactsOf(state.tables(), body.value())) {
      return List.of();
    }
    return state.meetings().filter(m -> m.body().equals(body)).asJava();
  }
}
