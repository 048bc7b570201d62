package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot.Builder;
import io.github.chuxin.special.SpecialRectification;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The sections of the snapshot document that hold lists, in document order: each with its field name, the codec
 * of its elements, where the snapshot keeps them and how an element joins a snapshot being read. Both
 * {@link SnapshotWriter} and {@link SnapshotReader} follow this one list.
 */
final class SnapshotSections {

  private SnapshotSections() {}

  /** A section that holds a list. */
  record Section<T>(String name, Class<T> type, Codec<T> codec, Function<CampaignSnapshot, List<T>> values,
      BiConsumer<Builder, T> add) {

    /** Writes the section's field and its elements from {@code snapshot}. */
    void write(JsonGenerator g, CampaignSnapshot snapshot) throws IOException {
      Out.list(g, name, codec, values.apply(snapshot));
    }
  }

  /** The sections by name, in document order. */
  static final Map<String, Section<?>> BY_NAME = byName(List.of(
      new Section<>("organisations", Organisation.class, OrgCodecs.ORGANISATION,
          CampaignSnapshot::organisations, Builder::addOrganisations),
      new Section<>("leaders", Leader.class, OrgCodecs.LEADER, CampaignSnapshot::leaders, Builder::addLeaders),
      new Section<>("leadershipBodies", LeadershipBody.class, LeadershipCodecs.LEADERSHIP_BODY,
          CampaignSnapshot::leadershipBodies, Builder::addLeadershipBodies),
      new Section<>("meetings", Meeting.class, LeadershipCodecs.MEETING,
          CampaignSnapshot::meetings, Builder::addMeetings),
      new Section<>("plans", ImplementationPlan.class, LeadershipCodecs.PLAN,
          CampaignSnapshot::plans, Builder::addPlans),
      new Section<>("schedule", ScheduleItem.class, LeadershipCodecs.SCHEDULE_ITEM,
          CampaignSnapshot::schedule, Builder::addSchedule),
      new Section<>("guidanceGroups", GuidanceGroup.class, GuidanceCodecs.GUIDANCE_GROUP,
          CampaignSnapshot::guidanceGroups, Builder::addGuidanceGroups),
      new Section<>("guidanceAssignments", GuidanceAssignment.class, GuidanceCodecs.GUIDANCE_ASSIGNMENT,
          CampaignSnapshot::guidanceAssignments, Builder::addGuidanceAssignments),
      new Section<>("fiveMustRecords", FiveMustRecord.class, GuidanceCodecs.FIVE_MUST_RECORD,
          CampaignSnapshot::fiveMustRecords, Builder::addFiveMustRecords),
      new Section<>("activities", Activity.class, ActivityCodecs.ACTIVITY,
          CampaignSnapshot::activities, Builder::addActivities),
      new Section<>("problems", Problem.class, ProblemCodecs.PROBLEM,
          CampaignSnapshot::problems, Builder::addProblems),
      new Section<>("problemLists", ProblemList.class, ProblemCodecs.PROBLEM_LIST,
          CampaignSnapshot::problemLists, Builder::addProblemLists),
      new Section<>("rectifications", RectificationItem.class, RectificationCodecs.RECTIFICATION_ITEM,
          CampaignSnapshot::rectifications, Builder::addRectifications),
      new Section<>("specialRectifications", SpecialRectification.class, SpecialCodecs.SPECIAL_RECTIFICATION,
          CampaignSnapshot::specialRectifications, Builder::addSpecialRectifications)));

  private static Map<String, Section<?>> byName(List<Section<?>> sections) {
    Map<String, Section<?>> byName = new LinkedHashMap<>();
    for (Section<?> section : sections) {
      byName.put(section.name(), section);
    }
    return Collections.unmodifiableMap(byName);
  }
}
