package io.github.chuxin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregateTypeTest {

  /** The criteria of each kind as the SPI stated them before they were derived from the descriptors. */
  private static final Map<AggregateKind, Set<Criterion>> STATED = new EnumMap<>(Map.ofEntries(
      Map.entry(AggregateKind.ORGANISATION, EnumSet.of(Criterion.SUBTREE)),
      Map.entry(AggregateKind.CAMPAIGN, EnumSet.noneOf(Criterion.class)),
      Map.entry(AggregateKind.PROBLEM, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.LEAD_LEADER)),
      Map.entry(AggregateKind.RECTIFICATION_ITEM, EnumSet.allOf(Criterion.class)),
      Map.entry(AggregateKind.SPECIAL_RECTIFICATION,
          EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE, Criterion.LEAD_LEADER)),
      Map.entry(AggregateKind.GUIDANCE_GROUP, EnumSet.noneOf(Criterion.class)),
      Map.entry(AggregateKind.ACTIVITY,
          EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE, Criterion.LEAD_LEADER)),
      Map.entry(AggregateKind.LEADER, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH)),
      Map.entry(AggregateKind.LEADERSHIP_BODY, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH)),
      Map.entry(AggregateKind.IMPLEMENTATION_PLAN, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE)),
      Map.entry(AggregateKind.SCHEDULE_ITEM, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE)),
      Map.entry(AggregateKind.PROBLEM_LIST, EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.LEAD_LEADER))));

  @Test
  void everyKindHasExactlyOneDescriptorInTheKindsOrder() {
    assertThat(AggregateType.ALL).extracting(AggregateType::kind).containsExactly(AggregateKind.values());
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(AggregateType.of(kind).kind()).isEqualTo(kind);
      assertThat(kind.type()).isSameAs(AggregateType.of(kind));
    }
  }

  @Test
  void theDerivedCriteriaAreTheOnesTheSpiStates() {
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(kind.criteria()).as(kind.name()).isEqualTo(STATED.get(kind));
    }
  }

  @Test
  void onlyCampaignsAndGuidanceGroupsAreShared() {
    assertThat(AggregateType.ALL.stream().filter(AggregateType::isShared).map(AggregateType::kind))
        .containsExactlyInAnyOrder(AggregateKind.CAMPAIGN, AggregateKind.GUIDANCE_GROUP);
    assertThat(AggregateType.ORGANISATION.placement()).isEqualTo(AggregateType.Placement.TREE);
  }

  @Test
  void aPlainIdParsesBackFromItsText() {
    List<AggregateType<?, ?>> plain = AggregateType.ALL.stream().filter(t -> t != AggregateType.SCHEDULE_ITEM).toList();
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40), integers().between(0, plain.size() - 1))
        .assuming((text, i) -> text.strip().equals(text) && !text.isEmpty())
        .checkAssert((text, i) -> assertThat(plain.get(i).parseId(text).value()).isEqualTo(text));
  }

  @Test
  void aScheduleItemKeyParsesBackFromItsText() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40), integers().between(0, 20_000),
            integers().between(0, ScheduleItem.Kind.values().length - 1))
        .assuming((unit, day, kind) -> unit.strip().equals(unit) && !unit.isEmpty())
        .checkAssert((unit, day, kind) -> {
          ScheduleItemKey key = new ScheduleItemKey(OrgId.of(unit), ScheduleItem.Kind.values()[kind],
              LocalDate.of(2000, 1, 1).plusDays(day));
          assertThat(AggregateType.SCHEDULE_ITEM.parseId(key.value())).isEqualTo(key);
        });
  }

  @Test
  void aValueOfAnotherKindIsNotCastToThisOne() {
    assertThatThrownBy(() -> AggregateType.PROBLEM.cast(OrgId.of("u"))).isInstanceOf(ClassCastException.class);
  }
}
