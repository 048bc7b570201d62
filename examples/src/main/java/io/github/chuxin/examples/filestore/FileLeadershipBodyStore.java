package io.github.chuxin.examples.filestore;

import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Objects;

/**
 * The file store of leadership bodies, with a file of meetings per body: a meeting is added once
 * (an equal one twice keeps one) and the file is the whole list, rewritten with the new meeting at
 * the end. A meeting belongs to its body's unit: a scope shows and accepts the meetings of the
 * bodies it shows.
 */
final class FileLeadershipBodyStore extends FileStore<LeadershipBodyId, LeadershipBody>
    implements LeadershipBodyStore {

  FileLeadershipBodyStore(FileStorage.View view) {
    super(view, AggregateType.LEADERSHIP_BODY);
  }

  @Override
  public void hold(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    view.write((state, files) -> {
      if (!showsFactsOf(state.tables(), meeting.body().value())) {
        throw new ScopeViolationException(kind(), meeting.body(), "the meeting on " + meeting.date(),
            view.scope().orElseThrow());
      }
      String body = meeting.body().value();
      return appended(state, files, view.storage().fileOf(FileStorage.MEETINGS, body, ".json"),
          state.meetings().get(body).getOrElse(Vector.empty()), meeting, list -> state.withMeetings(body, list));
    });
  }

  @Override
  public List<Meeting> meetings(LeadershipBodyId body) {
    Objects.requireNonNull(body, "body");
    FileState state = view.read();
    return showsFactsOf(state.tables(), body.value())
        ? state.meetings().get(body.value()).getOrElse(Vector.empty()).asJava() : List.of();
  }
}
