package io.github.chuxin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Checks core's layering on its compiled classes: arrows only go down, no package cycle, and the
 * model imports no JSON, JDBC or persistence type.
 */
class LayeringTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.chuxin");

  @Test
  void coreImportsItsOwnClasses() {
    assertThat(CORE.contain("io.github.chuxin.snapshot.CampaignSnapshot")).isTrue();
    assertThat(CORE.contain("io.github.chuxin.architecture.cycle.left.Left")).isFalse();
  }

  @Test
  void noLayerOfCoreDependsOnALayerAboveIt() {
    Layering.downwardOnly(Layering.CORE).check(CORE);
  }

  @Test
  void noPackageOfCoreTakesPartInACycle() {
    Layering.noPackageCycles("io.github.chuxin").check(CORE);
  }

  @Test
  void theModelUsesNoJsonJdbcOrPersistenceType() {
    noClasses().that().resideInAnyPackage(Layering.MODEL)
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..", "java.sql..",
            "javax.sql..", "jakarta.persistence..", "io.github.chuxin.json..", "io.github.chuxin.persistence..")
        .as("the model uses no JSON, JDBC or persistence type")
        .check(CORE);
  }

  @Test
  void theCycleRuleFailsOnADeliberateCycle() {
    // two test packages that call each other: the same rule must report them
    JavaClasses cyclic = new ClassFileImporter().importPackages("io.github.chuxin.architecture.cycle");
    assertThat(cyclic.size()).isEqualTo(2);
    EvaluationResult result = Layering.noPackageCycles("io.github.chuxin.architecture.cycle").evaluate(cyclic);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("package left", "package right");
  }

  @Test
  void theLayerRuleFailsWhenALowerLayerReachesUp() {
    JavaClasses cyclic = new ClassFileImporter().importPackages("io.github.chuxin.architecture.cycle");
    EvaluationResult result = Layering.downwardOnly(java.util.List.of(
        new Layering.Layer("lower", "io.github.chuxin.architecture.cycle.left.."),
        new Layering.Layer("upper", "io.github.chuxin.architecture.cycle.right.."))).evaluate(cyclic);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("the lower layer depends on no layer above it");
  }
}
