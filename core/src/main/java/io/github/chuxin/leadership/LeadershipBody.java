package io.github.chuxin.leadership;

import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A leadership body 領導機構 (领导机构) of a unit: its leading group, its campaign office or a special
 * rectification working group 專項整治組 (专项整治组).
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class LeadershipBody {

  /** Only the generated {@code ImmutableLeadershipBody}, in this package, extends this class. */
  LeadershipBody() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLeadershipBody.Builder builder() {
    return ImmutableLeadershipBody.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract LeadershipBodyId id();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract LeadershipBodyKind kind();

  /**
   * Returns the unit whose body this is (the municipal committee for 市委主題教育辦公室).
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns the members, the head first, if named.
   *
   * @return the members, the head first
   */
  public abstract List<LeaderId> members();
}
