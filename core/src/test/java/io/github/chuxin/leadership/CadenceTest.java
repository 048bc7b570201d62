package io.github.chuxin.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.campaign.DateWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weeks and months of a window: whole periods only, in order, none left out. */
class CadenceTest {

  private static final LocalDate BASE = LocalDate.of(2019, 1, 1);

  @Test
  void aWeekRunsFromMondayToSundayAndAMonthIsACalendarMonth() {
    assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2019, 9, 1)))
        .isEqualTo(DateWindow.ofClosed(LocalDate.of(2019, 8, 26), LocalDate.of(2019, 9, 1)));
    assertThat(Cadence.MONTHLY.periodOf(LocalDate.of(2020, 2, 14)))
        .isEqualTo(DateWindow.ofClosed(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
    assertThat(Cadence.MONTHLY.periodsWithin(DateWindow.ofClosed(LocalDate.of(2019, 6, 2), LocalDate.of(2019, 8, 31))))
        .containsExactly(DateWindow.ofClosed(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31)),
            DateWindow.ofClosed(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 31)));
    assertThat(Cadence.WEEKLY.label().traditional()).isEqualTo("每週");
  }

  @Test
  void thePeriodsWithinAWindowAreWholeConsecutiveAndLeaveOutOnlyThePartlyHeldOnesAtItsEnds() {
    qt().forAll(integers().between(0, 800), integers().between(0, 200)).checkAssert((offset, length) -> {
      DateWindow window = DateWindow.ofClosed(BASE.plusDays(offset), BASE.plusDays(offset + length));
      for (Cadence cadence : Cadence.values()) {
        List<DateWindow> periods = cadence.periodsWithin(window);
        for (int i = 0; i < periods.size(); i++) {
          DateWindow p = periods.get(i);
          assertThat(cadence.periodOf(p.start())).isEqualTo(p);
          assertThat(window.contains(p.start()) && window.contains(p.end())).isTrue();
          if (i > 0) {
            assertThat(periods.get(i - 1).end().plusDays(1)).isEqualTo(p.start());
          }
        }
        // every day the periods leave out lies in a period the window holds only part of
        for (LocalDate day = window.start(); !day.isAfter(window.end()); day = day.plusDays(1)) {
          LocalDate d = day;
          boolean covered = periods.stream().anyMatch(p -> p.contains(d));
          DateWindow own = cadence.periodOf(d);
          assertThat(covered).isEqualTo(window.contains(own.start()) && window.contains(own.end()));
        }
        if (cadence == Cadence.WEEKLY) {
          assertThat(periods).allMatch(p -> p.start().getDayOfWeek() == DayOfWeek.MONDAY && p.lengthInDays() == 7);
        }
      }
    });
  }
}
