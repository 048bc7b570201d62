package io.github.chuxin.persistence;

import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import java.util.List;

/**
 * The store of leadership bodies and their meetings 領導機構存儲 (领导机构存储).
 *
 * <p>Bodies are versioned aggregates. Meetings have no identifier: like the assignments and
 * records of {@link GuidanceStore}, they are facts, added once (adding an equal meeting twice keeps
 * one) and read per body in the order added. A meeting belongs to its body's unit: a scoped store
 * shows the meetings of the bodies it shows, and accepts a meeting only if its body is stored and
 * its unit lies in the scope.
 */
public interface LeadershipBodyStore extends AggregateStore<LeadershipBodyId, LeadershipBody> {

  /**
   * Records a meeting of a body.
   *
   * @param meeting the meeting, not null
   * @throws ScopeViolationException if scoped and the body is not stored or its unit lies outside
   */
  void hold(Meeting meeting);

  /**
   * Returns a body's meetings, in the order they were added.
   *
   * @param body the body, not null
   * @return an unmodifiable list; empty if scoped and the body lies outside
   */
  List<Meeting> meetings(LeadershipBodyId body);
}
