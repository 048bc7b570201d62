/**
 * chuxin core: the campaign's domain model, validation and time rules, and reports.
 *
 * <p>Every package is API. vavr's types appear in the API (for example {@code Validation} from the
 * validators), so a module that reads this one reads {@code io.vavr} too. The JSpecify annotations
 * say what may be null; they are needed to compile against this module, not to run it. The
 * Immutables annotations are needed only to compile this module: the value types keep
 * {@code @Value.Immutable} in their class files (class retention, no elements), which a consumer
 * needs neither to compile nor to run, so the module is not read transitively (and the lint
 * "exports", which would ask for it, is off for this module in its pom).
 */
@SuppressWarnings("requires-automatic") // org.immutables.value, see above
module io.github.chuxin.core {
  requires transitive io.vavr;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.chuxin.activity;
  exports io.github.chuxin.campaign;
  exports io.github.chuxin.catalogue;
  exports io.github.chuxin.diagnostic;
  exports io.github.chuxin.guidance;
  exports io.github.chuxin.i18n;
  exports io.github.chuxin.id;
  exports io.github.chuxin.leadership;
  exports io.github.chuxin.org;
  exports io.github.chuxin.problem;
  exports io.github.chuxin.rectification;
  exports io.github.chuxin.report.card;
  exports io.github.chuxin.report.hotline;
  exports io.github.chuxin.report.ledger;
  exports io.github.chuxin.report.ranking;
  exports io.github.chuxin.report.readiness;
  exports io.github.chuxin.report.rollup;
  exports io.github.chuxin.snapshot;
  exports io.github.chuxin.special;
  exports io.github.chuxin.time;
  exports io.github.chuxin.validation;
}
