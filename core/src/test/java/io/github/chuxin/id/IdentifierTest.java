package io.github.chuxin.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.chuxin.diagnostic.ModelConstraintException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void ordinaryIdsOfEveryScriptAreAccepted() {
    for (String id : List.of("bj-001", "北京市委", "東城區委", "党支部 3", "\ud840\udc00", "𪚥", "a\u200fb", "x😀y")) {
      assertThat(Identifier.check(id, "OrgId")).isEqualTo(id);
    }
  }

  @Test
  void blankLongPaddedAndControlTextIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check(" ", "OrgId")).withMessageContaining("blank");
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("a".repeat(129), "OrgId"))
        .withMessageContaining("at most 128");
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check(" a", "OrgId"))
        .withMessageContaining("white space");
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("a\u0000b", "OrgId"))
        .withMessageContaining("control");
  }

  @Test
  void eachRefusalCarriesTheCodeOfTheConstraintItBreaks() {
    String[][] cases = {{" ", "ID-BLANK"}, {"a".repeat(129), "ID-TOO-LONG"}, {" a", "ID-PADDED"},
        {"a\u0000b", "ID-CONTROL-CHARACTER"}, {"ab\ud840", "ID-UNPAIRED-SURROGATE"}, {"id\ue000", "ID-EXCLUDED-CHARACTER"}};
    for (String[] c : cases) {
      assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check(c[0], "OrgId"))
          .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
            assertThat(e.code()).isEqualTo(c[1]);
            assertThat(e.constraint()).isIn((Object[]) IdentifierConstraint.values());
            assertThat(e.path()).isEmpty();
            assertThat(e.arguments()).containsEntry("kind", "OrgId");
          });
    }
  }

  @Test
  void anUnpairedSurrogateIsRefusedAndNamedWithItsIndex() {
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("ab\ud840", "OrgId"))
        .withMessageContaining("unpaired surrogate: U+D840 at index 2");
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("\udc00b", "ProblemId"))
        .withMessageContaining("ProblemId").withMessageContaining("U+DC00 at index 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("a\udc00\ud840b", "OrgId"))
        .withMessageContaining("U+DC00 at index 1");
  }

  @Test
  void charactersFromE000ToFfffAreRefusedAndNamed() {
    for (char c : new char[] {'\ue000', '\uf900', '\ufeff', '\uff21', '\ufffd', '\uffff'}) {
      assertThatIllegalArgumentException().isThrownBy(() -> Identifier.check("id" + c, "OrgId"))
          .withMessageContaining(String.format(java.util.Locale.ROOT, "U+%04X (index 2", (int) c));
    }
  }

  @Test
  void acceptedIdsSortAlikeAsJavaStringsAndAsUtf8Bytes() {
    // characters on both sides of every boundary where UTF-16 and code point order could part ways
    String[] alphabet = {"0", "a", "~", "\u00e9", "\u4e2d", "\ud7ff", "\ud840\udc00", "\ud83d\ude00",
        "\udbff\udfff", "\ue000", "\uff21"};
    int[] accepted = {0};
    qt().withExamples(500).forAll(lists().of(lists().of(integers().between(0, alphabet.length - 1))
        .ofSizeBetween(1, 4)).ofSizeBetween(2, 10)).checkAssert(words -> {
          List<String> ids = new ArrayList<>();
          for (List<Integer> word : words) {
            StringBuilder b = new StringBuilder();
            word.forEach(i -> b.append(alphabet[i]));
            try {
              ids.add(Identifier.check(b.toString(), "OrgId"));
            } catch (IllegalArgumentException refused) {
              assertThat(b.toString()).containsAnyOf("\ue000", "\uff21");
            }
          }
          accepted[0] += ids.size();
          List<String> byUtf16 = ids.stream().sorted().toList();
          List<String> byUtf8 = ids.stream().sorted(Comparator.comparing(
              (String s) -> s.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned)).toList();
          assertThat(byUtf8).isEqualTo(byUtf16);
        });
    assertThat(accepted[0]).isPositive();
  }
}
