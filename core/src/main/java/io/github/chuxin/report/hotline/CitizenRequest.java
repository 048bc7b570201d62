package io.github.chuxin.report.hotline;

import io.github.chuxin.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citizen request 市民訴求 (市民诉求) received by the 12345 hotline and dispatched 派單
 * (派单) to a unit: when it was received, responded to and resolved, and the citizen's rating.
 *
 * <p>Immutable. Responses and resolutions are not before receipt.
 *
 * <pre>{@code
 * CitizenRequest request = CitizenRequest.builder()
 *     .id(RequestId.of("12345-0001"))
 *     .unit(OrgId.of("bj-subway"))
 *     .level(DispatchLevel.CITY)
 *     .receivedAt(Instant.parse("2019-07-01T01:00:00Z"))
 *     .respondedAt(Instant.parse("2019-07-01T03:00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CitizenRequest {

  /** Only the generated {@code ImmutableCitizenRequest}, in this package, extends this class. */
  CitizenRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCitizenRequest.Builder builder() {
    return ImmutableCitizenRequest.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract RequestId id();

  /**
   * Returns the unit the request was dispatched to.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns the level it was dispatched to.
   *
   * @return the level
   */
  public abstract DispatchLevel level();

  /**
   * Returns when it was received.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * Returns when the unit responded 響應 (响应), if it did.
   *
   * @return the instant
   */
  public abstract Optional<Instant> respondedAt();

  /**
   * Returns when it was resolved 解決 (解决), if it was.
   *
   * @return the instant
   */
  public abstract Optional<Instant> resolvedAt();

  /**
   * Returns the citizen's rating, if given.
   *
   * @return the rating
   */
  public abstract Optional<Satisfaction> satisfaction();

  /**
   * Tells whether it repeats an earlier complaint on the same matter 重複投訴 (重复投诉).
   *
   * @return whether it is a repeat; false by default
   */
  @Value.Default
  public boolean repeat() {
    return false;
  }

  /**
   * Checks the request when it is built: it is neither responded to nor resolved before it was received.
   *
   * @throws IllegalStateException if it is
   */
  @Value.Check
  protected void check() {
    respondedAt().ifPresent(at -> {
      if (at.isBefore(receivedAt())) {
        throw new IllegalStateException("citizen request " + id() + ": responded at " + at
            + ", before it was received at " + receivedAt());
      }
    });
    resolvedAt().ifPresent(at -> {
      if (at.isBefore(receivedAt())) {
        throw new IllegalStateException("citizen request " + id() + ": resolved at " + at
            + ", before it was received at " + receivedAt());
      }
    });
  }
}
