package io.github.chuxin.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.ImmutableCampaign;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of core's validation over generated campaigns, valid and broken. */
class ValidationPropertiesTest {

  private static final List<String> CODES = List.copyOf(Fixtures.violatableCodes());

  /** Campaigns that break one rule drawn from every validation-enforced code, so reports are not empty. */
  private static Gen<CampaignSnapshot> brokenCampaigns() {
    return integers().between(0, CODES.size() - 1).zip(longs().all(),
        (k, seed) -> Fixtures.violating(CODES.get(k)).withUnitsBetween(3, 80).sample(seed))
        .describedAs(c -> c.campaign().id() + " (" + c.organisations().size() + " units, "
            + c.rectifications().size() + " rectification items)");
  }

  private static Clock clockAfter(CampaignSnapshot c, int days) {
    LocalDate last = c.campaign().batches().stream().map(b -> b.window().end()).max(LocalDate::compareTo).orElseThrow();
    return Clock.fixed(last.plusDays(days).atStartOfDay(c.campaign().zone()).toInstant().plusSeconds(3600 * 11),
        c.campaign().zone());
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** The same campaign with every list of the snapshot (and of its campaign) in another order. */
  static CampaignSnapshot shuffle(CampaignSnapshot c, long seed) {
    Random r = new Random(seed);
    ImmutableCampaign campaign = ImmutableCampaign.copyOf(c.campaign())
        .withBatches(shuffled(c.campaign().batches(), r))
        .withAssignments(shuffled(c.campaign().assignments(), r));
    return ImmutableCampaignSnapshot.copyOf(c)
        .withCampaign(campaign)
        .withOrganisations(shuffled(c.organisations(), r))
        .withLeaders(shuffled(c.leaders(), r))
        .withLeadershipBodies(shuffled(c.leadershipBodies(), r))
        .withMeetings(shuffled(c.meetings(), r))
        .withPlans(shuffled(c.plans(), r))
        .withSchedule(shuffled(c.schedule(), r))
        .withGuidanceGroups(shuffled(c.guidanceGroups(), r))
        .withGuidanceAssignments(shuffled(c.guidanceAssignments(), r))
        .withFiveMustRecords(shuffled(c.fiveMustRecords(), r))
        .withActivities(shuffled(c.activities(), r))
        .withProblems(shuffled(c.problems(), r))
        .withProblemLists(shuffled(c.problemLists(), r))
        .withRectifications(shuffled(c.rectifications(), r))
        .withSpecialRectifications(shuffled(c.specialRectifications(), r));
  }

  @Test
  void validationIsDeterministic() {
    // after every batch, so that every breakage (the guidance one too) shows in the report
    qt().withExamples(200).forAll(brokenCampaigns(), integers().between(1, 200)).checkAssert((c, days) -> {
      Clock clock = clockAfter(c, days);
      ValidationReport first = Validator.defaults().report(c, clock);
      ValidationReport second = Validator.defaults().report(c, clock);
      assertThat(second.violations()).isEqualTo(first.violations());
      assertThat(first.violations()).isNotEmpty();
    });
  }

  @Test
  void validationDoesNotDependOnTheOrderOfAnyList() {
    qt().withExamples(300).forAll(brokenCampaigns(), longs().all(), integers().between(-30, 200))
        .checkAssert((c, seed, days) -> {
          Clock clock = clockAfter(c, days);
          ValidationReport original = Validator.defaults().report(c, clock);
          ValidationReport shuffled = Validator.defaults().report(shuffle(c, seed), clock);
          assertThat(shuffled.violations()).isEqualTo(original.violations());
          assertThat(shuffled.format(Language.TRADITIONAL_CHINESE))
              .isEqualTo(original.format(Language.TRADITIONAL_CHINESE));
        });
  }

  @Test
  void validCampaignsStayValidInAnyOrder() {
    qt().withExamples(200).forAll(Fixtures.campaigns(), longs().all()).checkAssert((c, seed) -> {
      Clock clock = clockAfter(c, 1);
      assertThat(Validator.defaults().report(shuffle(c, seed), clock).violations())
          .isEqualTo(Validator.defaults().report(c, clock).violations());
    });
  }

  @Test
  void aClockInAnotherZoneGivesTheSameReportForTheSameInstant() {
    qt().withExamples(100).forAll(brokenCampaigns(), integers().between(-30, 30)).checkAssert((c, days) -> {
      Instant instant = clockAfter(c, days).instant();
      assertThat(Validator.defaults().report(c, Clock.fixed(instant, java.time.ZoneId.of("America/Los_Angeles")))
          .violations()).isEqualTo(Validator.defaults().report(c, Clock.fixed(instant, c.campaign().zone()))
          .violations());
    });
  }

  @Test
  void theSubtreeRollUpEqualsANaiveSumOverTheLeavesBelow() {
    // the rule's "actual" argument is core's roll-up; the declared totals are broken on purpose
    qt().withExamples(300).forAll(Fixtures.violating("ORG-SUBTREE-TOTAL-MISMATCH").withUnitsBetween(3, 200))
        .checkAssert(c -> {
          java.util.Map<String, io.github.chuxin.org.Organisation> byId = new java.util.HashMap<>();
          c.organisations().forEach(o -> byId.put(o.id().value(), o));
          var mismatches = Validator.defaults().report(c, clockAfter(c, 1)).violations()
              .filter(v -> v.code().equals("ORG-SUBTREE-TOTAL-MISMATCH"));
          assertThat(mismatches).isNotEmpty();
          mismatches.forEach(v -> {
            String unit = v.arguments().get("org");
            long naive = 0;
            for (io.github.chuxin.org.Organisation o : c.organisations()) {
              // walk up from every organisation to its root; it counts for the unit if the unit is
              // above it and no temporary organisation is anywhere above it (itself included)
              boolean below = false;
              boolean temporary = false;
              for (var up = java.util.Optional.of(o.id().value()); up.isPresent();
                  up = byId.get(up.get()).parentId().map(id -> id.value())) {
                temporary |= byId.get(up.get()).kind() == io.github.chuxin.org.OrgKind.TEMPORARY;
                below |= up.get().equals(unit);
              }
              if (below && !temporary) {
                naive += o.members().total();
              }
            }
            assertThat(Long.parseLong(v.arguments().get("actual"))).as("roll-up of %s", unit).isEqualTo(naive);
            assertThat(Long.parseLong(v.arguments().get("declared"))).isNotEqualTo(naive);
          });
        });
  }
}
