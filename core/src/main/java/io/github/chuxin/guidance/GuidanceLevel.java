package io.github.chuxin.guidance;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The level that sent a guidance group 指導組 (指导组), and the form of its guidance.
 *
 * <p>Central, municipal and district groups are resident: each stays with the units assigned to
 * it through their batch, and performs the five musts 五個必 (五个必) for each. In the second batch
 * the centre sent roving supervision groups 巡迴督導組 (巡回督导组) instead ({@link #ROVING}): a
 * roving group visits the units of a region in turn and checks them by sampling, so the five
 * musts are not expected of it and the validation rules on them pass over its assignments.
 */
public enum GuidanceLevel implements Labelled {
  /** 中央 (中央): a central guidance group, such as 中央第二指導組. */
  CENTRAL(Label.of("central", "中央", "中央")),
  /** 市級 (市级): a municipal guidance group. */
  MUNICIPAL(Label.of("municipal", "市级", "市級")),
  /** 區級 (区级): a district guidance group. */
  DISTRICT(Label.of("district", "区级", "區級")),
  /**
   * 中央巡迴督導組 (中央巡回督导组): a central roving supervision group, the centre's form of
   * guidance in the second batch, which moves between the units it supervises instead of staying
   * with them; the five musts are not expected of it.
   */
  ROVING(Label.of("central roving supervision", "中央巡回督导", "中央巡迴督導"));

  private final Label label;

  GuidanceLevel(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Tells whether the centre sent the group: a central guidance group or a roving supervision group.
   *
   * @return true for {@link #CENTRAL} and {@link #ROVING}
   */
  public boolean isCentral() {
    return this == CENTRAL || this == ROVING;
  }

  /**
   * Tells whether a group of this level stays with the units it guides and performs the five
   * musts 五個必 (五个必) for each of them: every level but {@link #ROVING}.
   *
   * @return whether the five musts are expected of the group
   */
  public boolean performsFiveMusts() {
    return this != ROVING;
  }
}
