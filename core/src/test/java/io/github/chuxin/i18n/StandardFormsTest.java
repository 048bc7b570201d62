package io.github.chuxin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.validation.RuleCatalogue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the library prints, found by scanning the model rather than listed by hand, in the
 * words officials read (DOMAIN.md §5): standard Traditional forms in Traditional labels, 五個必 for
 * the five musts, and something in each of the three languages.
 */
class StandardFormsTest {

  /**
   * Forms a mechanical conversion leaves in Traditional text, with the standard form; the one place
   * the project lists them.
   */
  static final Map<String, String> NON_STANDARD_TRADITIONAL = Map.of(
      "每周", "每週", "征求", "徵求", "征集", "徵集", "收獲", "收穫", "干部", "幹部", "關于", "關於", "會后", "會後",
      "五個必須", "五個必");

  /** Every label of the core's main classes: enum constants that are labelled, and label constants. */
  static List<Labelled> everyLabel() throws ReflectiveOperationException {
    List<Labelled> found = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.chuxin")) {
      Class<?> c = Class.forName(type.getName());
      if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
        for (Object constant : c.getEnumConstants()) {
          Labelled l = (Labelled) constant;
          found.add(named(c.getSimpleName() + "." + constant, l.label()));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && f.getType() == Label.class) {
          f.setAccessible(true);
          found.add(named(c.getSimpleName() + "." + f.getName(), (Label) f.get(null)));
        }
      }
    }
    RuleCatalogue.definitions().forEach(d -> {
      found.add(named(d.code() + " title", d.title()));
      found.add(named(d.code() + " template", d.template()));
    });
    CatalogueProvider defaults = CatalogueProvider.defaults();
    Stream.of(defaults.specialRectificationAreas(), defaults.selfInspectionChecklist())
        .flatMap(c -> c.entries().stream()).map(CatalogueEntry::label).forEach(l -> found.add(named("catalogue", l)));
    return found;
  }

  private static Labelled named(String name, Label label) {
    return new Labelled() {
      @Override
      public Label label() {
        return label;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @Test
  void theScanFindsTheLabelsOfEveryArea() throws ReflectiveOperationException {
    List<String> names = everyLabel().stream().map(Object::toString).toList();
    assertThat(names).hasSizeGreaterThan(300)
        .contains("FiveMust.TALK_WITH_LEADERS", "ProblemSource.SOLICITED_OPINIONS", "Cadence.WEEKLY",
            "Objective.THEORETICAL_STUDY", "Campaign.THEME_2019", "ORG-COMMITTEE-MISSING title");
  }

  @Test
  void everyTraditionalLabelUsesTheStandardForms() throws ReflectiveOperationException {
    for (Labelled l : everyLabel()) {
      String text = l.label().traditional();
      NON_STANDARD_TRADITIONAL.forEach((wrong, right) ->
          assertThat(text).as("%s should write %s, not %s", l, right, wrong).doesNotContain(wrong));
    }
  }

  @Test
  void everyLabelSaysSomethingInEachLanguageAndNoneSaysFiveMustsWithBiXu() throws ReflectiveOperationException {
    for (Labelled l : everyLabel()) {
      for (Language language : Language.values()) {
        assertThat(l.label().in(language)).as("%s in %s", l, language).isNotBlank();
      }
      assertThat(l.label().simplified()).as(l.toString()).doesNotContain("五个必须");
    }
  }

  @Test
  void theOriginalAspirationHasOneEnglishRendering() throws ReflectiveOperationException {
    for (Labelled l : everyLabel()) {
      boolean saysChuxin = l.label().traditional().contains("初心");
      if (saysChuxin) {
        assertThat(l.label().english()).as(l.toString()).containsIgnoringCase("original aspiration");
      }
      assertThat(l.label().english()).as(l.toString()).doesNotContainIgnoringCase("founding mission");
    }
  }
}
