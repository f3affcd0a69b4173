package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Template lines learned from synthetic pages of one source, and stripped from them. */
class TemplateLineLearnerTest {
    private static final String HEADER = "Daily Pyongyang Watch — all the news from the peninsula";
    private static final String MENU = "Politics | Economy | Military | Diplomacy";
    private static final String FOOTER = "© 2024 Daily Pyongyang Watch. All rights reserved.";
    private static final String RARE = "Breaking: special coverage of the Putin visit";

    /** Ten pages of one source: header, menu and footer on all of them, one story each, a banner on page 0 only. */
    private static List<String> pages() {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String banner = i == 0 ? RARE + "\n" : "";
            pages.add(HEADER + "\n" + MENU + "\n\n" + banner + story(i) + "\n\n  " + FOOTER + "  \n");
        }
        return pages;
    }

    private static String story(int i) {
        return "Story " + i + ": the delegation met officials on day " + i + " of the visit and discussed trade.";
    }

    @Test
    void headerMenuAndFooterSharedByEveryPageAreLearned() {
        TemplateLines learned = new TemplateLineLearner().learn(pages());

        assertThat(learned.lines()).containsExactlyInAnyOrder(HEADER, MENU, FOOTER);
        assertThat(learned.pages()).isEqualTo(10);
    }

    @Test
    void lineOnOnlyOneOfTenPagesIsNotLearned() {
        assertThat(new TemplateLineLearner().learn(pages()).lines()).doesNotContain(RARE);
    }

    @Test
    void strippingRemovesTemplateLinesAndKeepsEachPagesOwnLines() {
        List<String> pages = pages();
        TemplateLines learned = new TemplateLineLearner().learn(pages);

        assertThat(TemplateLineLearner.strip(pages.get(0), learned.lines())).isEqualTo(RARE + "\n" + story(0));
        assertThat(TemplateLineLearner.strip(pages.get(7), learned.lines())).isEqualTo(story(7));
    }

    @Test
    void boilerplateShareIsTheTemplatesCharactersOverAllCharacters() {
        List<String> pages = pages();
        long total = pages.stream().mapToLong(String::length).sum();
        long template = 10L * (HEADER.length() + MENU.length() + FOOTER.length() + 4); // the footer's edge spaces

        TemplateLines learned = new TemplateLineLearner().learn(pages);

        assertThat(learned.boilerplateShare()).isCloseTo((double) template / total, within(1e-9));
    }

    @Test
    void lineOnTooFewPagesIsNotLearnedEvenWhenItsShareIsHigh() {
        List<String> twoPages = List.of(HEADER + "\nfirst story.", HEADER + "\nsecond story.");

        TemplateLines learned = new TemplateLineLearner().learn(twoPages);

        assertThat(learned.lines()).isEmpty();
        assertThat(learned.boilerplateShare()).isZero();
    }

    @Test
    void thresholdsAreConfigurable() {
        List<String> pages = pages();

        assertThat(new TemplateLineLearner(0.1, 1).learn(pages).lines()).contains(RARE);
        assertThat(new TemplateLineLearner(1.0, 3).learn(pages).lines())
                .containsExactlyInAnyOrder(HEADER, MENU, FOOTER);
    }

    @Test
    void noPagesLearnNothing() {
        TemplateLines learned = new TemplateLineLearner().learn(List.of());

        assertThat(learned).isEqualTo(new TemplateLines(Set.of(), 0, 0));
    }

    @Test
    void invalidThresholdsAreRejectedWithTheBadValue() {
        assertThatThrownBy(() -> new TemplateLineLearner(0, 3))
                .hasMessage("Cannot create a template line learner: min share must be in (0, 1] (0.0)");
        assertThatThrownBy(() -> new TemplateLineLearner(0.3, 0))
                .hasMessage("Cannot create a template line learner: min pages must be >= 1 (0)");
    }
}
