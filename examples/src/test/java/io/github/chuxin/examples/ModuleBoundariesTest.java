package io.github.chuxin.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks the boundaries between the published modules on the main classes of all of them (this
 * module sees every one): no package cycle anywhere, arrows pointing inward (core knows no JSON or
 * storage, JSON knows no storage, the SPI knows no adapter), and storage adapters that reach core
 * only through the SPI and the model, never through the reference store, validation, reports or
 * time rules. Core's own layering is checked in core.
 */
class ModuleBoundariesTest {

  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.chuxin");

  private static final String[] CORE = {"io.github.chuxin.i18n..", "io.github.chuxin.id..",
      "io.github.chuxin.diagnostic..", "io.github.chuxin.catalogue..", "io.github.chuxin.org..",
      "io.github.chuxin.campaign..", "io.github.chuxin.activity..", "io.github.chuxin.guidance..",
      "io.github.chuxin.leadership..", "io.github.chuxin.problem..", "io.github.chuxin.special..",
      "io.github.chuxin.rectification..", "io.github.chuxin.time..", "io.github.chuxin.snapshot..",
      "io.github.chuxin.validation..", "io.github.chuxin.report.."};
  private static final String[] JSON = {"io.github.chuxin.json..", "io.github.chuxin.export.."};
  private static final String[] ADAPTERS = {"io.github.chuxin.persistence.jdbc..",
      "io.github.chuxin.examples.filestore.."};

  @Test
  void everyPublishedModuleIsImported() {
    for (String type : new String[] {"io.github.chuxin.snapshot.CampaignSnapshot", "io.github.chuxin.json.ChuxinModule",
        "io.github.chuxin.persistence.Storage", "io.github.chuxin.persistence.jdbc.JdbcStorage",
        "io.github.chuxin.testkit.contract.StorageContract"}) {
      assertThat(ALL.contain(type)).as(type).isTrue();
    }
  }

  @Test
  void noPackageOfAnyModuleTakesPartInACycle() {
    slices().matching("io.github.chuxin.(**)").namingSlices("package $1").should().beFreeOfCycles()
        .as("no package cycle in any module").check(ALL);
  }

  @Test
  void coreKnowsNoJsonStorageOrTestkit() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage("io.github.chuxin.json..", "io.github.chuxin.export..", "io.github.chuxin.persistence..",
            "io.github.chuxin.testkit..", "io.github.chuxin.examples..", "com.fasterxml..", "java.sql..", "javax.sql..")
        .as("core knows no JSON, storage or testkit").check(ALL);
  }

  @Test
  void jsonKnowsNoStorage() {
    noClasses().that().resideInAnyPackage(JSON).should().dependOnClassesThat()
        .resideInAnyPackage("io.github.chuxin.persistence..", "io.github.chuxin.testkit..", "java.sql..", "javax.sql..")
        .as("JSON knows no storage").check(ALL);
  }

  @Test
  void theSpiKnowsNoAdapterAndNoJson() {
    noClasses().that().resideInAnyPackage("io.github.chuxin.persistence", "io.github.chuxin.persistence.support..",
            "io.github.chuxin.persistence.memory..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, JSON))
        .as("the storage SPI and its reference store know no adapter and no JSON").check(ALL);
  }

  @Test
  void adaptersReachCoreOnlyThroughTheSpiAndTheModel() {
    noClasses().that().resideInAnyPackage(ADAPTERS).should().dependOnClassesThat()
        .resideInAnyPackage("io.github.chuxin.persistence.memory..", "io.github.chuxin.validation..",
            "io.github.chuxin.report..", "io.github.chuxin.time..", "io.github.chuxin.testkit..")
        .as("storage adapters reach core only through the SPI and the model").check(ALL);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
