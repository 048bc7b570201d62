package io.github.chuxin.testkit.contract;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.activity.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One kind of aggregate as the generic tests see it: its store, a sample in a unit, and a change.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
record AggregateCase<I extends Identifier, T>(String name, AggregateType<I, T> type,
    Function<Storage, AggregateStore<I, T>> store, BiFunction<Samples, OrgId, T> sample, UnaryOperator<T> change) {

  static List<AggregateCase<?, ?>> all() {
    List<LeaderId> none = List.of();
    return List.of(
        new AggregateCase<>("organisation", AggregateType.ORGANISATION, Storage::organisations,
            (s, unit) -> s.organisation(Optional.of(unit), OrgKind.BRANCH),
            (Organisation o) -> Organisation.builder().from(o).name(o.name() + " renamed").build()),
        new AggregateCase<>("campaign", AggregateType.CAMPAIGN, Storage::campaigns, (s, unit) -> s.campaign(),
            (Campaign c) -> io.github.chuxin.campaign.ImmutableCampaign.copyOf(c)
                .withSummaryMeeting(c.summaryMeeting().map(d -> d.plusDays(1)).orElse(LocalDate.of(2020, 1, 8)))),
        new AggregateCase<>("problem", AggregateType.PROBLEM, Storage::problems, (s, unit) -> s.problem(unit, none),
            (Problem p) -> Problem.builder().from(p).description(p.description() + " (revised)").build()),
        new AggregateCase<>("rectification item", AggregateType.RECTIFICATION_ITEM, Storage::rectifications, (s, unit) -> s.item(unit, none),
            (RectificationItem r) -> RectificationItem.builder().from(r).title(r.title() + " (revised)").build()),
        new AggregateCase<>("special rectification", AggregateType.SPECIAL_RECTIFICATION, Storage::specialRectifications,
            (s, unit) -> SpecialRectification.builder().from(s.special(List.of(unit), none)).leadUnit(unit).build(),
            (SpecialRectification r) -> SpecialRectification.builder().from(r).title(r.title() + " (revised)").build()),
        new AggregateCase<>("guidance group", AggregateType.GUIDANCE_GROUP, Storage::guidance, (s, unit) -> s.guidanceGroup(),
            (GuidanceGroup g) -> GuidanceGroup.builder().from(g).name(g.name() + " renamed").build()),
        new AggregateCase<>("activity", AggregateType.ACTIVITY, Storage::activities, (s, unit) -> s.activity(unit, none),
            (Activity a) -> Activity.builder().from(a).topic(a.topic() + " (revised)").build()),
        new AggregateCase<>("leader", AggregateType.LEADER, Storage::leaders, (s, unit) -> s.leaderIn(unit),
            (Leader l) -> Leader.builder().from(l).name(l.name() + " renamed").build()),
        new AggregateCase<>("leadership body", AggregateType.LEADERSHIP_BODY, Storage::leadershipBodies, (s, unit) -> s.body(unit, none),
            (LeadershipBody b) -> LeadershipBody.builder().from(b).addMembers(LeaderId.of("kit-added-member")).build()),
        new AggregateCase<>("implementation plan", AggregateType.IMPLEMENTATION_PLAN, Storage::plans, (s, unit) -> s.plan(unit),
            (ImplementationPlan p) -> ImplementationPlan.builder().from(p).addReviews(PlanReview.builder()
                .group(GuidanceGroupId.of("kit-reviewing-group")).reviewedOn(p.submittedOn().plusDays(20))
                .outcome(PlanReview.Outcome.RETURNED_FOR_REVISION).comments("a review added by a write").build())
                .build()),
        new AggregateCase<>("schedule item", AggregateType.SCHEDULE_ITEM, Storage::schedule, (s, unit) -> s.scheduleItem(unit),
            (ScheduleItem i) -> ScheduleItem.builder().from(i).title(i.title() + " (revised)").build()),
        new AggregateCase<>("problem list", AggregateType.PROBLEM_LIST, Storage::problemLists, (s, unit) -> s.problemList(unit, none),
            (ProblemList l) -> ProblemList.builder().from(l).title(l.title().orElse("list") + " (revised)").build()));
  }

  /** One dynamic test per kind of aggregate, named after the kind, each running the same check. */
  static Stream<DynamicTest> forEachCase(CaseTest test) {
    return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> test.run(c)));
  }

  /** A check that runs for one kind of aggregate. */
  @FunctionalInterface
  interface CaseTest {
    void run(AggregateCase<?, ?> c) throws Exception;
  }

  AggregateStore<I, T> in(Storage storage) {
    return store.apply(storage);
  }

  T sampleIn(Samples samples, OrgId unit) {
    return sample.apply(samples, unit);
  }

  T changed(T value) {
    return change.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
