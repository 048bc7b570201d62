package io.github.chuxin.org;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A leader 領導幹部 (领导干部): a person who owns problems, leads rectification items
 * 牽頭領導 (牵头领导) and leads special rectification projects 領銜 (领衔).
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Leader {

  /** Only the generated {@code ImmutableLeader}, in this package, extends this class. */
  Leader() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code ORG-LEADER-NAME-BLANK} if the name is blank.
   *
   * @return the builder
   */
  public static ImmutableLeader.Builder builder() {
    return ImmutableLeader.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract LeaderId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the title, such as 市委常委 or 副市長.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns the unit the leader belongs to.
   *
   * @return the unit's identifier
   */
  public abstract OrgId unit();

  /** Refuses a blank name ({@link OrgConstraint#LEADER_NAME_BLANK}). */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw OrgConstraint.LEADER_NAME_BLANK.refusal(ElementPath.of("leader", id()).then("name"), "leader", id().value());
    }
  }
}
