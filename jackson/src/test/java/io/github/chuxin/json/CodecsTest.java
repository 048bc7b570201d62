package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodecsTest {

  private static List<Class<?>> types(PackageCodecs codecs) {
    List<Class<?>> types = new ArrayList<>();
    codecs.ids().forEach(id -> types.add(id.type()));
    types.addAll(codecs.enums());
    codecs.values().forEach(value -> types.add(value.type()));
    return types;
  }

  @Test
  void eachClassOfCodecsMapsTheTypesOfOneJavaPackageAndNoTwoShareOne() {
    Set<String> seen = new TreeSet<>();
    for (PackageCodecs codecs : Codecs.PACKAGES) {
      List<Class<?>> types = types(codecs);
      assertThat(types).isNotEmpty();
      String home = types.get(0).getPackageName();
      assertThat(types).as("the types of the codecs of %s", home)
          .allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo(home));
      assertThat(seen.add(home)).as("%s has one class of codecs", home).isTrue();
    }
  }

  @Test
  void noTypeIsRegisteredTwice() {
    List<Class<?>> all = Codecs.PACKAGES.stream().flatMap(codecs -> types(codecs).stream()).toList();
    assertThat(all).doesNotHaveDuplicates();
    assertThat(Stream.of(Codecs.ID_TYPES, Codecs.ENUM_TYPES, Codecs.VALUES).mapToInt(List::size).sum())
        .isEqualTo(all.size());
  }

  @Test
  void theSnapshotSectionsAreExactlyTheListsOfTheSnapshot() {
    List<String> lists = Stream.of(CampaignSnapshot.class.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == List.class)
        .map(java.lang.reflect.Method::getName).sorted().toList();
    assertThat(SnapshotSections.BY_NAME.keySet()).containsExactlyInAnyOrderElementsOf(lists);
    CampaignSnapshot rich = Snapshots.rich();
    for (SnapshotSections.Section<?> section : SnapshotSections.BY_NAME.values()) {
      assertThat(section.values().apply(rich)).as(section.name()).isNotEmpty();
    }
  }
}
