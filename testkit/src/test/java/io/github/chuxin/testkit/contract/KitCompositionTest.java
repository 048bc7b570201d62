package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The kit is one entry class composing one file per group: every group file runs as exactly one
 * nested group of {@link StorageContract}, under the class and display names that adapters' test
 * reports show, and only the kit can extend a group.
 */
class KitCompositionTest {

  private static List<Class<?>> groupFiles() {
    return ReflectionSupport.findAllClassesInPackage(StorageContract.class.getPackageName(),
        c -> c.getSuperclass() == ContractGroup.class, name -> true);
  }

  private static List<Class<?>> nestedGroups() {
    return Arrays.stream(StorageContract.class.getDeclaredClasses()).filter(c -> c.isAnnotationPresent(Nested.class))
        .toList();
  }

  @Test
  void everyGroupFileRunsAsExactlyOneNestedGroupOfTheKit() {
    assertThat(groupFiles()).hasSize(10);
    List<Class<?>> composed = nestedGroups().stream().<Class<?>>map(Class::getSuperclass).toList();
    assertThat(composed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(groupFiles());
    assertThat(nestedGroups()).allSatisfy(c -> assertThat(Modifier.isStatic(c.getModifiers()))
        .as("%s is an inner class, as JUnit's @Nested requires", c.getSimpleName()).isFalse());
  }

  @Test
  void theNestedGroupsKeepTheClassAndDisplayNamesThatTestReportsShow() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("RoundTrips", "round trips");
    expected.put("Conflicts", "conflicts");
    expected.put("TreeCycles", "tree cycles");
    expected.put("UnitsOfWork", "units of work");
    expected.put("Queries", "queries");
    expected.put("Paging", "paging");
    expected.put("History", "change history");
    expected.put("HostileTexts", "hostile text");
    expected.put("Scopes", "scopes");
    expected.put("Capabilities", "capabilities");
    Map<String, String> actual = nestedGroups().stream().collect(Collectors.toMap(Class::getSimpleName,
        c -> c.getAnnotation(DisplayName.class).value()));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void onlyTheKitCanExtendAGroup() {
    for (Class<?> group : groupFiles()) {
      assertThat(Modifier.isPublic(group.getModifiers()) && Modifier.isAbstract(group.getModifiers()))
          .as("%s is a public abstract class, documented with the kit", group.getSimpleName()).isTrue();
      for (Constructor<?> constructor : group.getDeclaredConstructors()) {
        assertThat(constructor.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED))
            .as("the constructor of %s is open only to the kit's package", group.getSimpleName()).isZero();
      }
    }
  }
}
