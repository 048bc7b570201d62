package io.github.chuxin.campaign;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Label;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The campaign 主題教育 (主题教育): its theme, general requirement, objectives, key measures,
 * "in place" dimensions, zone, batches and the assignment of units to batches.
 *
 * <p>Immutable. Defaults follow the 2019 campaign: theme 不忘初心、牢記使命, the standard
 * general requirement, all five objectives, all four key measures and all four dimensions, and
 * the zone Asia/Shanghai, in which every deadline and window is read. Batch identifiers and
 * numbers are unique.
 *
 * <pre>{@code
 * Campaign campaign = Campaign.builder()
 *     .id(CampaignId.of("beijing-2019"))
 *     .addBatches(Batch.builder().id(BatchId.of("b1")).number(1)
 *         .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))).build())
 *     .addAssignments(BatchAssignment.of(OrgId.of("bj-subway"), BatchId.of("b1")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Campaign {

  /** Only the generated {@code ImmutableCampaign}, in this package, extends this class. */
  Campaign() {
  }

  /** The campaign's theme 不忘初心、牢記使命. */
  public static final Label THEME_2019 = Label.of(
      "Stay true to our original aspiration and keep our mission firmly in mind", "不忘初心、牢记使命", "不忘初心、牢記使命");

  /** The zone of the 2019 campaign, Asia/Shanghai. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code BATCH-DUPLICATE-ID} or {@code BATCH-DUPLICATE-NUMBER} when two
   * batches share an id or a number.
   *
   * @return the builder
   */
  public static ImmutableCampaign.Builder builder() {
    return ImmutableCampaign.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract CampaignId id();

  /**
   * Returns the theme.
   *
   * @return the theme; 不忘初心、牢記使命 by default
   */
  @Value.Default
  public Label theme() {
    return THEME_2019;
  }

  /**
   * Returns the general requirement.
   *
   * @return the requirement; the standard one by default
   */
  @Value.Default
  public GeneralRequirement generalRequirement() {
    return GeneralRequirement.standard();
  }

  /**
   * Returns the objectives.
   *
   * @return the objectives; all five by default
   */
  @Value.Default
  public Set<Objective> objectives() {
    return Set.of(Objective.values());
  }

  /**
   * Returns the key measures.
   *
   * @return the measures; all four by default
   */
  @Value.Default
  public Set<KeyMeasure> keyMeasures() {
    return Set.of(KeyMeasure.values());
  }

  /**
   * Returns the "in place" dimensions on which units report.
   *
   * @return the dimensions; all four by default
   */
  @Value.Default
  public Set<InPlaceDimension> dimensions() {
    return Set.of(InPlaceDimension.values());
  }

  /**
   * Returns the zone in which dates and deadlines are read.
   *
   * @return the zone; Asia/Shanghai by default
   */
  @Value.Default
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * Returns the batches, in any order.
   *
   * @return the batches
   */
  public abstract List<Batch> batches();

  /**
   * Returns the assignments of units to batches; validation reports a unit assigned twice.
   *
   * @return the assignments
   */
  public abstract List<BatchAssignment> assignments();

  /**
   * Returns the date of the summary meeting 總結大會 (总结大会), if known (2020-01-08 for 2019).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> summaryMeeting();

  /**
   * Returns a batch by identifier.
   *
   * @param id the identifier, not null
   * @return the batch, or empty
   */
  public Optional<Batch> batch(BatchId id) {
    return batches().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** The path of a batch of this campaign, for a refusal; made only when one is thrown. */
  private ElementPath where(Batch batch) {
    return ElementPath.of("campaign", id()).then("batch", batch.id());
  }

  /** Refuses two batches with one id or one number, with the {@link CampaignConstraint} it breaks. */
  @Value.Check
  protected void check() {
    Set<BatchId> ids = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    for (Batch batch : batches()) {
      if (!ids.add(batch.id())) {
        throw CampaignConstraint.DUPLICATE_BATCH_ID.refusal(where(batch), "campaign", id().value(),
            "batch", batch.id().value());
      }
      if (!numbers.add(batch.number())) {
        throw CampaignConstraint.DUPLICATE_BATCH_NUMBER.refusal(where(batch).then("number"), "campaign", id().value(),
            "number", Integer.toString(batch.number()));
      }
    }
  }
}
