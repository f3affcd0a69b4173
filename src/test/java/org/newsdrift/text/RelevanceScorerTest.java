package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;

class RelevanceScorerTest {
  private static final RelevanceScorer SCORER =
      new RelevanceScorer(new AliasMatcher(ConfigLoader.load(TestFiles.defaultConfig()).subject()));

  @Test
  void anAbbreviationWithFullStopsDoesNotEndTheSentence() {
    RelevanceResult dotted = SCORER.score(null, "The D.P.R.K. and Russia signed a treaty. Talks went on.");
    RelevanceResult plain = SCORER.score(null, "The DPRK and Russia signed a treaty. Talks went on.");
    assertThat(dotted.evidence()).isEqualTo("The D.P.R.K. and Russia signed a treaty.");
    assertThat(dotted.score()).isEqualTo(plain.score());
  }

  @Test
  void bothGroupsInOneSentenceIsRelevantWithThatSentenceAsEvidence() {
    RelevanceResult result = SCORER.score(null,
        "The weather was mild. Putin met Kim Jong Un in Pyongyang on Wednesday. Talks followed.");

    assertThat(result.relevant()).isTrue();
    // base 0.5 + co-mention 0.3 + 0.2 * (1 mention of the rarer group / 3)
    assertThat(result.score()).isCloseTo(0.5 + 0.3 + 0.2 / 3, within(1e-12)).isGreaterThanOrEqualTo(0.8);
    assertThat(result.evidence()).isEqualTo("Putin met Kim Jong Un in Pyongyang on Wednesday.");
    assertThat(result.matchedTerms()).containsExactly("kim_jong_un", "putin", "pyongyang");
  }

  @Test
  void bothGroupsInOneParagraphButDifferentSentencesIsRelevantWithALowerScore() {
    RelevanceResult result = SCORER.score(null, "Russia sent grain. North Korea thanked the donors.");

    assertThat(result.relevant()).isTrue();
    assertThat(result.score()).isCloseTo(0.5 + 0.15 + 0.2 / 3, within(1e-12)).isLessThan(0.8);
    assertThat(result.evidence()).isEqualTo("Russia sent grain.");
    assertThat(result.matchedTerms()).containsExactly("north_korea", "russia");
  }

  @Test
  void bothGroupsInDifferentParagraphsEarnNoProximity() {
    RelevanceResult result = SCORER.score(null, "Russia sent grain\nNorth Korea thanked the donors");

    assertThat(result.relevant()).isTrue();
    assertThat(result.score()).isCloseTo(0.5 + 0.2 / 3, within(1e-12));
  }

  @Test
  void aTitleIsItsOwnParagraph() {
    RelevanceResult result = SCORER.score("Russia sends grain", "North Korea thanked the donors.");

    assertThat(result.score()).isCloseTo(0.5 + 0.2 / 3, within(1e-12));
  }

  @Test
  void frequentMentionOfBothGroupsSaturatesAtOne() {
    RelevanceResult result = SCORER.score("Putin in Pyongyang",
        "Putin, Lavrov and Belousov met Kim Jong Un and Choe Son Hui. Russia and the DPRK signed a treaty.");

    assertThat(result.score()).isCloseTo(1.0, within(1e-12));
    assertThat(result.evidence()).isEqualTo("Putin, Lavrov and Belousov met Kim Jong Un and Choe Son Hui.");
  }

  @Test
  void titleCountsAsASentence() {
    RelevanceResult result = SCORER.score("  Kim Jong Un welcomes Putin  ", "The visit lasted two days.");

    assertThat(result.relevant()).isTrue();
    assertThat(result.score()).isGreaterThanOrEqualTo(0.8);
    assertThat(result.evidence()).isEqualTo("Kim Jong Un welcomes Putin");
  }

  @Test
  void oneGroupOnlyIsNotRelevantButStillListsWhatMatched() {
    RelevanceResult result = SCORER.score("Kremlin news", "Putin spoke in Moscow. Nothing else happened.");

    assertThat(result.relevant()).isFalse();
    assertThat(result.score()).isEqualTo(0.0);
    assertThat(result.matchedTerms()).containsExactly("kremlin", "moscow", "putin");
    assertThat(result.evidence()).isEqualTo("Putin spoke in Moscow.");
  }

  @Test
  void noMentionIsNotRelevantAndHasNoEvidence() {
    RelevanceResult result = SCORER.score("Harvest", "Farmers in South Korea brought in the rice. Prices fell.");

    assertThat(result.relevant()).isFalse();
    assertThat(result.score()).isEqualTo(0.0);
    assertThat(result.matchedTerms()).isEmpty();
    assertThat(result.evidence()).isNull();
  }

  @Test
  void missingTitleAndTextAreNotRelevant() {
    RelevanceResult result = SCORER.score(null, null);

    assertThat(result.relevant()).isFalse();
    assertThat(result.evidence()).isNull();
  }

  @Test
  void evidenceIsTruncatedTo400Characters() {
    String sentence = "Putin met Kim Jong Un" + " and talked at length".repeat(40) + ".";

    RelevanceResult result = SCORER.score(null, sentence);

    assertThat(sentence.length()).isGreaterThan(400);
    assertThat(result.evidence()).hasSize(400).startsWith("Putin met Kim Jong Un").endsWith("\u2026");
    assertThat(result.evidence().substring(0, 399)).isEqualTo(sentence.substring(0, 399));
  }

  @Test
  void evidenceOf400CharactersIsKeptWhole() {
    String start = "Putin met Kim Jong Un";
    String sentence = start + "x".repeat(399 - start.length()) + ".";

    assertThat(SCORER.score(null, sentence).evidence()).isEqualTo(sentence).hasSize(400);
  }

  @Test
  void koreanAndRussianArticlesAreScoredToo() {
    assertThat(SCORER.score(null, "러시아와 북한은 조약을 체결했다.").relevant()).isTrue();
    assertThat(SCORER.score(null, "Путин прибыл в Пхеньян.").relevant()).isTrue();
    assertThat(SCORER.score(null, "Путин прибыл в Сеул.").relevant()).isFalse();
  }
}
