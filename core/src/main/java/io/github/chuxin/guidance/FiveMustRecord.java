package io.github.chuxin.guidance;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record that a guidance group performed one of the five musts 五個必 (五个必) for a unit.
 *
 * <p>班子成員必談 ({@link FiveMust#TALK_WITH_LEADERS}) is one talk with each member of the unit's
 * leadership, so its record names the members talked with ({@link #talkedWith()}): one record per
 * talk, or one record for the talks of a day. A talk record that names nobody is the older form,
 * which recorded the must once per unit: it is read as talks with every member of the unit's
 * leadership (the record says the talks took place, not with whom), so
 * {@code GUIDANCE-LEADER-NOT-TALKED-WITH} reports no member of that unit for that group.
 *
 * <pre>{@code
 * FiveMustRecord talks = FiveMustRecord.builder().group(GuidanceGroupId.of("municipal-3"))
 *     .unit(OrgId.of("bj-subway")).must(FiveMust.TALK_WITH_LEADERS).date(LocalDate.of(2019, 6, 20))
 *     .addTalkedWith(LeaderId.of("subway-secretary"), LeaderId.of("subway-gm")).build();
 * }</pre>
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class FiveMustRecord {

  /** Only the generated {@code ImmutableFiveMustRecord}, in this package, extends this class. */
  FiveMustRecord() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code GUIDANCE-TALKED-WITH-ON-OTHER-MUST} if a record of
   * another must than {@link FiveMust#TALK_WITH_LEADERS} names members talked with.
   *
   * @return the builder
   */
  public static ImmutableFiveMustRecord.Builder builder() {
    return ImmutableFiveMustRecord.builder();
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  public abstract GuidanceGroupId group();

  /**
   * Returns the guided unit.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns which must was performed.
   *
   * @return the must
   */
  public abstract FiveMust must();

  /**
   * Returns the day it was performed.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns a note, such as the meeting attended.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Returns the members of the unit's leadership talked with, for {@link FiveMust#TALK_WITH_LEADERS};
   * empty for the other musts. An empty list on a talk record is the older form, read as talks
   * with every member of the unit's leadership.
   *
   * @return the leaders talked with, in the order given
   */
  public abstract Set<LeaderId> talkedWith();

  /**
   * Tells whether this record is a talk record in the older form, which names no member and is read
   * as talks with the whole leadership of the unit.
   *
   * @return whether the must is {@link FiveMust#TALK_WITH_LEADERS} and no member is named
   */
  public boolean talkedWithWholeLeadership() {
    return must() == FiveMust.TALK_WITH_LEADERS && talkedWith().isEmpty();
  }

  /** Refuses members talked with on another must ({@link GuidanceConstraint#TALKED_WITH_ON_OTHER_MUST}). */
  @Value.Check
  protected void check() {
    if (must() != FiveMust.TALK_WITH_LEADERS && !talkedWith().isEmpty()) {
      Map<String, String> args = new LinkedHashMap<>();
      args.put("group", group().value());
      args.put("org", unit().value());
      Violation.putLabelled(args, "must", must().label());
      throw GuidanceConstraint.TALKED_WITH_ON_OTHER_MUST.refusal(
          ElementPath.of("guidance", group()).then("unit", unit()).then("talkedWith"), args);
    }
  }
}
