package io.github.chuxin.examples.beijing;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.export.LedgerExport;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.report.ledger.Ledger;
import io.github.chuxin.report.ledger.LedgerColumn;
import io.github.chuxin.report.ledger.LedgerOrder;
import io.github.chuxin.report.ledger.LedgerQuery;
import io.github.chuxin.report.ledger.LedgerRow;
import io.github.chuxin.report.readiness.BatchReadiness;
import io.github.chuxin.report.readiness.Readiness;
import io.github.chuxin.report.readiness.UnitReadiness;
import io.github.chuxin.report.rollup.ProblemState;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupFigures;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Beijing's first batch 北京市第一批, end to end: builds the campaign from the seed and prints
 * its figures. Run it with the README's first command.
 */
public final class BeijingFirstBatch {

  /** The first batch: June to the end of August 2019. */
  public static final Batch FIRST_BATCH = Batch.builder().id(BatchId.of("first")).number(1)
      .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))).build();
  /** The second batch: September to the end of November 2019, with an early start. */
  public static final Batch SECOND_BATCH = Batch.builder().id(BatchId.of("second")).number(2)
      .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30)))
      .earlyStart(LocalDate.of(2019, 6, 1)).build();

  /** The scenario's clock: the day after the first batch ends, 00:00 in Beijing. */
  public static final Clock AS_OF = Clock.fixed(
      LocalDate.of(2019, 9, 1).atStartOfDay(Campaign.DEFAULT_ZONE).toInstant(), Campaign.DEFAULT_ZONE);

  /** The first batch's figures: bureau-level units, party organisations and members. */
  public record Figures(int bureauLevelUnits, int partyOrganisations, long members) {}

  private BeijingFirstBatch() {}

  /**
   * Builds the first batch's campaign data.
   *
   * @return the snapshot
   */
  public static CampaignSnapshot snapshot() {
    return BeijingScenario.snapshot();
  }

  /**
   * Counts the first batch's figures over the units assigned to it and what lies below them; a
   * temporary organisation, and what is inside it, counts toward no total.
   *
   * @param snapshot the campaign data
   * @return the figures
   */
  public static Figures figures(CampaignSnapshot snapshot) {
    OrgTree tree = snapshot.tree();
    int units = 0;
    int partyOrgs = 0;
    long members = 0;
    for (int v = 0; v < tree.size(); v++) {
      if (!tree.countsInTotals(v)
          || !snapshot.batchPlan().batchAt(v).map(b -> b.id().equals(FIRST_BATCH.id())).orElse(false)) {
        continue;
      }
      Organisation org = tree.organisationAt(v);
      if (org.kind() == OrgKind.BUREAU_LEVEL_UNIT) {
        units++;
      }
      if (org.kind().isPartyOrganisation()) {
        partyOrgs++;
      }
      members += org.members().total();
    }
    return new Figures(units, partyOrgs, members);
  }

  /** The units assigned to the first batch, in the campaign's order. */
  static List<OrgId> firstBatchUnits(CampaignSnapshot snapshot) {
    return snapshot.campaign().assignments().stream().filter(a -> a.batch().equals(FIRST_BATCH.id()))
        .map(BatchAssignment::unit).toList();
  }

  /** The rolled-up figures of the first batch's units: the sum of their subtrees. */
  static RollupFigures firstBatchFigures(Rollup rollup, CampaignSnapshot snapshot) {
    RollupFigures sum = RollupFigures.zero();
    for (OrgId unit : firstBatchUnits(snapshot)) {
      sum = sum.plus(rollup.figures(unit));
    }
    return sum;
  }

  /** The municipal level 市委本級: the 市委 itself and its standing committee, without the units below. */
  static RollupFigures municipalLevelFigures(Rollup rollup) {
    return rollup.ownFigures(BeijingTree.MUNICIPAL_COMMITTEE).plus(rollup.figures(BeijingTree.STANDING_COMMITTEE));
  }

  /**
   * Runs the scenario and prints what it finds.
   *
   * @param args optionally the directory to write into (default {@code beijing-output})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "beijing-output");
    Files.createDirectories(dir);
    PrintStream out = System.out;
    Progress progress = new Progress(out);

    CampaignSnapshot built = progress.step("building the first batch from the seed", BeijingFirstBatch::snapshot);
    Campaign campaign = built.campaign();
    out.println("主題教育 " + campaign.theme().traditional() + " — " + campaign.theme().english());
    out.println("總要求 " + campaign.generalRequirement().text(Language.TRADITIONAL_CHINESE)
        + " (" + campaign.generalRequirement().text(Language.ENGLISH) + ")");
    for (Batch batch : campaign.batches()) {
      out.println(batch.name().traditional() + " " + batch.window()
          + batch.earlyStart().map(d -> ", early start from " + d).orElse(""));
    }

    ValidationReport report = progress.step("validating", () -> Validator.defaults().report(built, AS_OF));
    out.printf(Locale.ROOT, "validation as of %s: %d errors, %d violations in all%n",
        AS_OF.instant().atZone(campaign.zone()).toLocalDate(), report.errors().size(), report.violations().size());
    out.print(report.format(Language.ENGLISH));

    Storage storage = EmbeddedStore.open(dir, AS_OF);
    boolean stored = storage.campaigns().find(campaign.id()).isPresent();
    if (stored) {
      out.println("the store already holds " + campaign.id() + " from an earlier run: reading it back");
    } else {
      progress.step("storing in " + EmbeddedStore.describe(dir), () -> {
        Snapshots.save(storage, built);
        return null;
      });
    }
    CampaignSnapshot loaded = progress.step("reading back from the store", () -> Snapshots.load(storage, campaign.id()));

    Path json = dir.resolve("beijing-first-batch.json");
    progress.step("writing the JSON snapshot", () -> {
      try (OutputStream file = Files.newOutputStream(json)) {
        SnapshotWriter.create().write(loaded, file);
      }
      return null;
    });

    LocalDate asOf = AS_OF.instant().atZone(campaign.zone()).toLocalDate();
    Rollup rollup = progress.step("rolling up as of " + asOf, () -> Rollup.of(loaded, asOf, 7));
    printFigures(out, "first batch, " + firstBatchUnits(loaded).size() + " bureau-level units (第一批市屬局級單位)",
        firstBatchFigures(rollup, loaded));
    printFigures(out, "the municipal level (市委本級: the 市委 itself and its standing committee)",
        municipalLevelFigures(rollup));
    printFigures(out, "the city in all (全市合計)", rollup.figures(BeijingTree.MUNICIPAL_COMMITTEE));
    printFigures(out, "地鐵公司 (the subway company)", rollup.figures(BeijingTree.SUBWAY));

    List<LedgerRow> subwayLedger = Ledger.rows(loaded, LedgerQuery.builder().subtree(BeijingTree.SUBWAY)
        .order(LedgerOrder.DEADLINE).build());
    out.println("ledger 臺賬 of 地鐵公司:");
    for (LedgerRow row : subwayLedger) {
      out.println("  " + String.join(" | ", List.of(LedgerColumn.values()).stream()
          .map(c -> row.cell(c, Language.TRADITIONAL_CHINESE)).toList()));
    }

    BatchReadiness readiness = Readiness.ofBatch(loaded, FIRST_BATCH.id(), asOf);
    out.printf(Locale.ROOT, "batch readiness: %d of %d units ready to close%n",
        readiness.units().size() - readiness.notReady().size(), readiness.units().size());
    for (UnitReadiness unit : readiness.notReady()) {
      out.println("  " + unit.unit() + " still lacks: " + unit.missing().stream()
          .map(r -> r.label(Language.ENGLISH)).toList());
    }

    Path csv = dir.resolve("beijing-ledger.csv");
    progress.step("writing the CSV ledger", () -> {
      try (OutputStream file = Files.newOutputStream(csv)) {
        LedgerExport.writeCsv(Ledger.rows(loaded), Language.SIMPLIFIED_CHINESE, file);
      }
      return null;
    });

    Figures figures = figures(loaded);
    out.printf(Locale.ROOT, "first batch: %d bureau-level units, %,d party organisations, %,d members%n",
        figures.bureauLevelUnits(), figures.partyOrganisations(), figures.members());
    out.println("wrote " + json.toAbsolutePath());
    out.println("wrote " + csv.toAbsolutePath());
  }

  private static void printFigures(PrintStream out, String name, RollupFigures f) {
    out.printf(Locale.ROOT, "%s: %,d party organisation%s, %,d members; problems %d (open %d, answered %d, "
            + "closed %d); items %d, done %d, overdue %d, due within 7 days %d; completion %s, on time %s%s%n",
        name, f.partyOrganisations(), f.partyOrganisations() == 1 ? "" : "s", f.members(), f.problems(),
        f.problems(ProblemState.OPEN), f.problems(ProblemState.ANSWERED), f.problems(ProblemState.CLOSED), f.items(),
        f.done(), f.overdue(), f.dueSoon(), percent(f.completionRate()), percent(f.onTimeRate()),
        f.temporaryOrganisations() == 0 ? "" : String.format(Locale.ROOT, "; not counted: %d temporary party "
            + "organisation%s (臨時黨組織), whose members are counted at home", f.temporaryOrganisations(),
            f.temporaryOrganisations() == 1 ? "" : "s"));
  }

  private static String percent(java.util.OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.getAsDouble()) : "–";
  }

  /** Prints each long step with the time it took. */
  private record Progress(PrintStream out) {
    <T> T step(String what, Step<T> step) throws IOException {
      out.print("… " + what);
      out.flush();
      long start = System.nanoTime();
      T result = step.run();
      out.printf(Locale.ROOT, " (%d ms)%n", (System.nanoTime() - start) / 1_000_000);
      return result;
    }
  }

  /** A step that may fail with an I/O error. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }
}
