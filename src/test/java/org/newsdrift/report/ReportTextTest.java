package org.newsdrift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report's pure helpers: text measuring and wrapping, safe links, numbers as read, periods and windows. */
class ReportTextTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzMW/·:-()1234567890 조선러시아朝鲜俄罗斯   ";

    @Test
    void wrappingKeepsEveryCharacterInOrderAndFitsTheWidth() {
        Random random = new Random(20241112);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            double width = 20 + random.nextInt(300);
            List<String> lines = TextWidth.wrap(text.toString(), width, 12);
            assertThat(String.join("", lines).replace(" ", ""))
                    .isEqualTo(text.toString().replace(" ", ""));
            // A line is wider than the room only when it is one character that alone does not fit.
            assertThat(lines)
                    .allSatisfy(l -> assertThat(TextWidth.of(l, 12) <= width || l.codePointCount(0, l.length()) == 1)
                            .isTrue());
        }
    }

    @Test
    void wrappingBreaksBetweenWordsWhenTheyFit() {
        assertThat(TextWidth.wrap("minister / foreign / visit", 70, 12))
                .containsExactly("minister /", "foreign /", "visit");
        assertThat(TextWidth.wrap("short", 200, 12)).containsExactly("short");
    }

    @Test
    void onlyAbsoluteWebAddressesBecomeLinks() {
        assertThat(Html.httpHref("https://kcna.kp/en/article/q/1.kcmsf"))
                .contains("https://kcna.kp/en/article/q/1.kcmsf");
        assertThat(Html.httpHref("HTTP://EXAMPLE.ORG/a?b=1&c=\"d\"")).isPresent();
        for (String bad : new String[] {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " https://a.org",
            "https://a .org",
            "data:text/html,x",
            "//a.org/x",
            "file:///etc/passwd",
            "https://",
            "kcna.kp/x",
            "https://a.org/\nx",
            ""
        }) {
            assertThat(Html.httpHref(bad)).as(bad).isEmpty();
        }
        assertThat(Html.httpHref(null)).isEmpty();
    }

    @Test
    void numbersReadAsAPersonWritesThem() {
        assertThat(Format.score(0.2916540680772524)).isEqualTo("0.29");
        assertThat(Format.score(null)).isEmpty();
        assertThat(Format.againstBaseline(3, 0.2)).isEqualTo("3 articles vs baseline 0.2");
        assertThat(Format.againstBaseline(1, 0.125)).isEqualTo("1 article vs baseline 0.1");
        assertThat(Format.againstBaseline(4, 0.04)).isEqualTo("4 articles vs baseline 0.04");
        assertThat(Format.againstBaseline(4, null)).isEqualTo("4 articles");
        assertThat(Format.pct(13 / 47.0)).isEqualTo("27.7%");
    }

    @Test
    void consecutivePeriodsHaveConsecutiveIndexes() {
        assertThat(Granularity.WEEK.index(LocalDate.parse("1970-01-05"))).isZero();
        assertThat(Granularity.WEEK.index(LocalDate.parse("2024-06-24"))
                        - Granularity.WEEK.index(LocalDate.parse("2024-01-15")))
                .isEqualTo(23);
        assertThat(Granularity.MONTH.index(LocalDate.parse("2025-01-01"))
                        - Granularity.MONTH.index(LocalDate.parse("2024-12-01")))
                .isEqualTo(1);
        assertThat(Granularity.DAY.index(LocalDate.parse("2024-03-01"))
                        - Granularity.DAY.index(LocalDate.parse("2024-02-28")))
                .isEqualTo(2);
        assertThat(Granularity.MONTH.next(LocalDate.parse("2024-01-01"))).isEqualTo(LocalDate.parse("2024-02-01"));
    }

    @Test
    void theTrailingWindowCountsMissingPeriodsAsZeroAndLeavesThePeriodItselfOut() {
        // Period 10 has 9 articles; periods 9 and 7 had 1 and 3; 8 and 6 had none.
        TrailingWindow w = TrailingWindow.before(Map.of(10L, 9.0, 9L, 1.0, 7L, 3.0, 5L, 100.0), 10, 4);
        assertThat(w.mean()).isCloseTo(1.0, within(1e-12));
        assertThat(w.sd()).isCloseTo(Math.sqrt(1.5), within(1e-12));
        assertThat(TrailingWindow.before(Map.of(), 3, 8).mean()).isZero();
    }
}
