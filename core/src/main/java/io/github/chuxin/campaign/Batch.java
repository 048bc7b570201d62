package io.github.chuxin.campaign;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Label;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A batch 批次 (批次) of the campaign: a numbered group of units with a date window.
 *
 * <p>Immutable. The first batch ran from June to the end of August 2019; the second from
 * September to the end of November 2019. A batch may allow an early start 先動起來 (先动起来):
 * its units' activities and rectification may predate its window, from {@link #earlyStart()}.
 */
@Value.Immutable
public abstract class Batch {

  /** Only the generated {@code ImmutableBatch}, in this package, extends this class. */
  Batch() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code BATCH-NUMBER-NOT-POSITIVE} for a number below 1 and
   * {@code BATCH-EARLY-START-NOT-BEFORE-WINDOW} for an early start on or after the window's first
   * day.
   *
   * @return the builder
   */
  public static ImmutableBatch.Builder builder() {
    return ImmutableBatch.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract BatchId id();

  /**
   * Returns the batch's number: 1 for the first batch.
   *
   * @return the number, at least 1
   */
  public abstract int number();

  /**
   * Returns the name, such as 第一批.
   *
   * @return the name
   */
  @Value.Default
  public Label name() {
    return Label.of("batch " + number(), "第" + number() + "批", "第" + number() + "批");
  }

  /**
   * Returns the window, both ends included.
   *
   * @return the window
   */
  public abstract DateWindow window();

  /**
   * Returns the day from which the batch's units may start early, if they may.
   *
   * @return the early-start day, before the window's start
   */
  public abstract Optional<LocalDate> earlyStart();

  /**
   * Returns the first day on which a unit of this batch may act: the early start if there is
   * one, the window's start otherwise.
   *
   * @return the first day
   */
  public LocalDate firstActiveDay() {
    return earlyStart().orElse(window().start());
  }

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("batch", id());
  }

  /** Refuses what no batch can be, with the {@link CampaignConstraint} it breaks. */
  @Value.Check
  protected void check() {
    if (number() < 1) {
      throw CampaignConstraint.NUMBER_NOT_POSITIVE.refusal(where().then("number"), "batch", id().value(),
          "number", Integer.toString(number()));
    }
    earlyStart().ifPresent(early -> {
      if (!early.isBefore(window().start())) {
        throw CampaignConstraint.EARLY_START_NOT_BEFORE_WINDOW.refusal(where().then("earlyStart"),
            "batch", id().value(),
            "early", early.toString(), "start", window().start().toString());
      }
    });
  }
}
