package io.github.chuxin.benchmarks;

import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.RuleDefinition;
import io.github.chuxin.validation.RuleSet;
import io.github.chuxin.validation.ValidationConfig;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 3: validation of the national campaign (4,600,000 organisations, 5,000,000 problems and
 * rectification items) with the default rule set, and with only the three cheapest rules, against
 * a hand-written loop that checks those three rules over arrays (a branch of more than 50 members,
 * a blank problem description, a deadline before creation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

  /** The number of organisations. */
  @Param({"4600000"})
  public int units;

  /** The number of problems and of rectification items. */
  @Param({"5000000"})
  public int items;

  static final Set<String> THREE = Set.of("ORG-BRANCH-TOO-LARGE", "PROBLEM-DESCRIPTION-BLANK",
      "RECT-DEADLINE-BEFORE-CREATION");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-10T00:00:00Z"), ZoneOffset.UTC);

  private CampaignSnapshot campaign;
  private Validator three;
  private int[] branchMembers;
  private String[] descriptions;
  private int[] created;
  private int[] deadline;

  /** Builds the national campaign and its arrays once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    campaign = National.sharedCampaign(units, items);
    campaign.tree();
    RuleSet rules = RuleSet.defaults();
    for (RuleDefinition definition : RuleSet.defaults().definitions()) {
      if (!THREE.contains(definition.code())) {
        rules = rules.without(definition.code());
      }
    }
    three = Validator.of(rules, ValidationConfig.defaults());
    List<Organisation> orgs = campaign.organisations();
    branchMembers = new int[orgs.size()];
    for (int v = 0; v < orgs.size(); v++) {
      Organisation org = orgs.get(v);
      branchMembers[v] = org.kind() == OrgKind.BRANCH ? org.members().total() : -1;
    }
    List<Problem> problems = campaign.problems();
    descriptions = problems.stream().map(Problem::description).toArray(String[]::new);
    List<RectificationItem> list = campaign.rectifications();
    created = new int[list.size()];
    deadline = new int[list.size()];
    for (int i = 0; i < list.size(); i++) {
      created[i] = (int) list.get(i).createdOn().toEpochDay();
      deadline[i] = list.get(i).deadline().map(d -> (int) d.effective().toEpochDay()).orElse(Integer.MAX_VALUE);
    }
  }

  /**
   * The library: every default rule.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport defaultRules() {
    return Validator.defaults().report(campaign, CLOCK);
  }

  /**
   * The baseline of the default rules: the hand-written loop over the three cheapest rules.
   *
   * @return the number of violations
   */
  @Benchmark
  public int baselineDefaultRules() {
    return loop();
  }

  /**
   * The library with the three cheapest rules only: the engine's own overhead.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport threeRules() {
    return three.report(campaign, CLOCK);
  }

  /**
   * The baseline: the same three rules as a loop over arrays.
   *
   * @return the number of violations
   */
  @Benchmark
  public int baselineThreeRules() {
    return loop();
  }

  private int loop() {
    int violations = 0;
    for (int members : branchMembers) {
      if (members > 50) {
        violations++;
      }
    }
    for (String description : descriptions) {
      if (description.isBlank()) {
        violations++;
      }
    }
    for (int i = 0; i < created.length; i++) {
      if (deadline[i] < created[i]) {
        violations++;
      }
    }
    return violations;
  }
}
