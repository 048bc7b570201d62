package io.github.chuxin.guidance;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.org.LeaderId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A guidance group 指導組 (指导组), central or municipal, and the roles it plays.
 *
 * <p>Immutable. By default a group plays all five roles 督導員、調研員、質檢員、聯絡員、宣傳員.
 */
@Value.Immutable
public abstract class GuidanceGroup {

  /** Only the generated {@code ImmutableGuidanceGroup}, in this package, extends this class. */
  GuidanceGroup() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code GUIDANCE-GROUP-NAME-BLANK} if the name is blank.
   *
   * @return the builder
   */
  public static ImmutableGuidanceGroup.Builder builder() {
    return ImmutableGuidanceGroup.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract GuidanceGroupId id();

  /**
   * Returns the name, such as 中央第二指導組.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the level that sent the group.
   *
   * @return the level
   */
  public abstract GuidanceLevel level();

  /**
   * Returns the roles the group plays.
   *
   * @return the roles; all five by default
   */
  @Value.Default
  public Set<GuidanceRole> roles() {
    return EnumSet.allOf(GuidanceRole.class);
  }

  /**
   * Returns the group's members, the head first.
   *
   * @return the members
   */
  public abstract List<LeaderId> members();

  /** Refuses a blank name ({@link GuidanceConstraint#GROUP_NAME_BLANK}). */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw GuidanceConstraint.GROUP_NAME_BLANK.refusal(ElementPath.of("guidance", id()).then("name"),
          "group", id().value());
    }
  }
}
