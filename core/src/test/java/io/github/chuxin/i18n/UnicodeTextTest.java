package io.github.chuxin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeTextTest {

  @Test
  void textWhoseSurrogatesAreAllPairedHasNoUnpairedOne() {
    assertThat(UnicodeText.firstUnpairedSurrogate("")).isEqualTo(-1);
    assertThat(UnicodeText.firstUnpairedSurrogate("初心 𪚥 😀\ud840\udc00")).isEqualTo(-1);
  }

  @Test
  void theFirstLoneReversedOrCutSurrogateIsFoundAtItsIndex() {
    assertThat(UnicodeText.firstUnpairedSurrogate("ab\ud840")).isEqualTo(2);
    assertThat(UnicodeText.firstUnpairedSurrogate("a\udc00\ud840\udc00")).isEqualTo(1);
    assertThat(UnicodeText.firstUnpairedSurrogate("😀x\ud83dy")).isEqualTo(3);
  }

  @Test
  void aCodeUnitIsNamedWithFourUpperCaseHexDigits() {
    assertThat(UnicodeText.codeUnit('\ud83d')).isEqualTo("U+D83D");
    assertThat(UnicodeText.codeUnit('a')).isEqualTo("U+0061");
  }
}
