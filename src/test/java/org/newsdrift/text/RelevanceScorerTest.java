package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.SubjectConfig;

class RelevanceScorerTest {
    private static final SubjectConfig SUBJECT =
            ConfigLoader.load(TestFiles.defaultConfig()).subject();
    private static final RelevanceScorer SCORER = new RelevanceScorer(new AliasMatcher(SUBJECT), SUBJECT.minScore());
    /** Twelve sentences about something else, to make a mention a passing one. */
    private static final String FILLER = "The harvest was good this year. ".repeat(12);

    @Test
    void aSentenceNamingBothSidesIsEvidence() {
        RelevanceResult result = SCORER.score(null, "Putin met Kim Jong Un in Pyongyang on Wednesday. Talks followed.");

        assertThat(result.relevant()).isTrue();
        assertThat(result.evidence()).isEqualTo("Putin met Kim Jong Un in Pyongyang on Wednesday.");
        assertThat(result.matchedTerms()).containsExactly("kim_jong_un", "putin", "pyongyang");
    }

    @Test
    void anAbbreviationWithFullStopsDoesNotEndTheSentence() {
        RelevanceResult dotted = SCORER.score(null, "The D.P.R.K. and Russia signed a treaty. Talks went on.");
        RelevanceResult plain = SCORER.score(null, "The DPRK and Russia signed a treaty. Talks went on.");

        assertThat(dotted.evidence()).isEqualTo("The D.P.R.K. and Russia signed a treaty.");
        assertThat(dotted.score()).isEqualTo(plain.score());
        assertThat(SCORER.score(null, "Putin met Kim Jong Un on Oct. 31 at School No. 1 here. Talks followed.")
                        .evidence())
                .isEqualTo("Putin met Kim Jong Un on Oct. 31 at School No. 1 here.");
        assertThat(SCORER.score(null, "Putin spoke in May. North Korea listened.")
                        .relevant())
                .isFalse();
    }

    @Test
    void sidesNamedOnlyInDifferentSentencesAreNotRelevant() {
        RelevanceResult result = SCORER.score(null, "Russia sent grain. North Korea thanked the donors.");

        assertThat(result.relevant()).isFalse();
        assertThat(result.score()).isEqualTo(RelevanceScorer.APART);
        assertThat(result.matchedTerms()).containsExactly("north_korea", "russia");
    }

    @Test
    void theTitleCountsAsASentence() {
        RelevanceResult result = SCORER.score("  Kim Jong Un welcomes Putin  ", "The visit lasted two days.");

        assertThat(result.relevant()).isTrue();
        assertThat(result.evidence()).isEqualTo("Kim Jong Un welcomes Putin");
    }

    @Test
    void aWireDatelineIsNeverAMention() {
        RelevanceResult kcna = SCORER.score(
                "Japan's Crimes Denounced",
                "Pyongyang, August 2 (KCNA) -- Russia's foreign ministry spoke on Japan. It listed wartime crimes.");
        RelevanceResult upper = SCORER.score(null, "PYONGYANG, Nov 5 (Reuters) - Russia's rouble fell on Tuesday.");

        assertThat(kcna.relevant()).isFalse();
        assertThat(kcna.score()).isEqualTo(RelevanceScorer.ONE_SIDE);
        assertThat(kcna.matchedTerms()).containsExactly("russia");
        assertThat(upper.matchedTerms()).containsExactly("russia");
    }

    @Test
    void aCreditLineIsNeverEvidence() {
        RelevanceResult result =
                SCORER.score(null, "Markets were calm.\nkim@pyongyang-news.example reports on Russia for us.");

        assertThat(result.relevant()).isFalse();
    }

    @Test
    void aListOfCountriesIsNotACoMention() {
        RelevanceResult list = SCORER.score(null, "Russia, China, Iran and North Korea are threats, he said.");
        RelevanceResult pair = SCORER.score(null, "Russia and North Korea signed a treaty.");

        assertThat(list.relevant()).isFalse();
        assertThat(pair.relevant()).isTrue();
    }

    @Test
    void oneCoMentionInALongArticleAboutSomethingElseIsAPassingMention() {
        RelevanceResult passing = SCORER.score("Harvest report", FILLER + "Russia also buys shells from North Korea.");
        RelevanceResult about = SCORER.score(
                "Harvest report",
                "Russia buys shells from North Korea. Moscow pays Pyongyang in oil. North Korean trains carry them to Russia. "
                        + FILLER);

        assertThat(passing.score()).isCloseTo(RelevanceScorer.BASE, within(0.1)).isLessThan(SUBJECT.minScore());
        assertThat(passing.relevant()).isFalse();
        assertThat(passing.evidence()).isEqualTo("Russia also buys shells from North Korea.");
        assertThat(about.relevant()).isTrue();
        assertThat(about.score()).isGreaterThan(passing.score());
    }

    @Test
    void repeatedCoMentionsAndATitleNamingASideRaiseTheScoreToOne() {
        RelevanceResult result = SCORER.score(
                "Putin in Pyongyang",
                "Putin met Kim Jong Un. Russia and the DPRK signed a treaty. Lavrov met Choe Son Hui.");

        assertThat(result.score()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void oneSideOnlyListsWhatMatched() {
        RelevanceResult result = SCORER.score("Kremlin news", "Putin spoke in Moscow. Nothing else happened.");

        assertThat(result.relevant()).isFalse();
        assertThat(result.score()).isEqualTo(RelevanceScorer.ONE_SIDE);
        assertThat(result.matchedTerms()).containsExactly("kremlin", "moscow", "putin");
        assertThat(result.evidence()).isEqualTo("Kremlin news");
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

        assertThat(result.evidence())
                .hasSize(400)
                .startsWith("Putin met Kim Jong Un")
                .endsWith("\u2026");
        assertThat(result.evidence().substring(0, 399)).isEqualTo(sentence.substring(0, 399));
    }

    @Test
    void evidenceOf400CharactersIsKeptWhole() {
        String start = "Putin met Kim Jong Un ";
        String sentence = start + "x".repeat(399 - start.length()) + ".";

        assertThat(SCORER.score(null, sentence).evidence()).isEqualTo(sentence).hasSize(400);
    }

    @Test
    void koreanRussianAndUkrainianArticlesAreScoredToo() {
        assertThat(SCORER.score(null, "러시아와 북한은 조약을 체결했다.").relevant()).isTrue();
        assertThat(SCORER.score(null, "Путин прибыл в Пхеньян.").relevant()).isTrue();
        assertThat(SCORER.score(null, "Путін зустрівся з Кім Чен Ином.").relevant())
                .isTrue();
        assertThat(SCORER.score(null, "Путин прибыл в Сеул.").relevant()).isFalse();
    }

    @Test
    void adjectiveFormsNameTheirCountry() {
        assertThat(SCORER.score(null, "North Korean troops fight for Russia.").relevant())
                .isTrue();
        assertThat(SCORER.score(null, "Северокорейские военные воюют за Россию.")
                        .relevant())
                .isTrue();
        assertThat(SCORER.score(null, "Північнокорейські солдати воюють за Росію.")
                        .relevant())
                .isTrue();
    }

    @Test
    void aKoreanNameInsideALongerWordIsNoMention() {
        // 평양 inside 태평양 (the Pacific), 러시아 inside 러시아워 (rush hour)
        assertThat(SCORER.score(null, "러시아 함대가 태평양에서 훈련했다.").relevant()).isFalse();
        assertThat(SCORER.score(null, "북한 주민들은 러시아워에 출근했다.").relevant()).isFalse();
        assertThat(SCORER.score(null, "러시아군과 북한군이 함께 싸운다.").relevant()).isTrue();
    }

    @Test
    void aWordNamingTheRelationshipNamesBothSides() {
        RelevanceResult result = SCORER.score("북러 밀착 가속", "양국은 군사 협력을 늘렸다.");

        assertThat(result.relevant()).isTrue();
        assertThat(result.evidence()).isEqualTo("북러 밀착 가속");
    }

    @Test
    void hereInAStoryDatelinedInOneSidesCapitalNamesThatSide() {
        String arrived = "Pyongyang, July 28 (KCNA) -- A delegation of the Russian Ministry of Defence arrived here on "
                + "Sunday. It was met at the airport.";

        RelevanceResult datelined = SCORER.score("Delegation Arrives", arrived);
        RelevanceResult undated = SCORER.score("Delegation Arrives", Datelines.strip(arrived));

        assertThat(datelined.relevant()).isTrue();
        assertThat(datelined.evidence()).startsWith("A delegation of the Russian Ministry of Defence arrived here");
        assertThat(undated.relevant()).isFalse();
        // "here" names the place of filing only: Moscow is not a side the Russian delegation lacks
        assertThat(SCORER.score(null, "Moscow, July 28 (TASS) -- A Russian delegation arrived here on Sunday.")
                        .relevant())
                .isFalse();
    }

    @Test
    void aHeadlineNamingOneSideFramesATextMuchOfWhichNamesTheOther() {
        String text = "The minister issued a statement on Monday. Russia's city of Belgorod was shelled. "
                + "Russia says civilians were killed. The strikes on Russia were condemned. The weather was fine.";

        RelevanceResult framed = SCORER.score("Press Statement of DPRK Defence Minister", text);
        RelevanceResult unframed = SCORER.score("Press Statement of the Defence Minister", text);
        RelevanceResult once = SCORER.score(
                "Press Statement of DPRK Defence Minister",
                "The minister issued a statement on Monday. Russia's city of Belgorod was shelled. " + FILLER);

        assertThat(framed.relevant()).isTrue();
        assertThat(framed.evidence()).isEqualTo("Russia's city of Belgorod was shelled.");
        assertThat(unframed.relevant()).isFalse();
        assertThat(once.relevant()).isFalse();
    }

    @Test
    void aTitleThatOnlyListsCountriesDoesNotFrameTheText() {
        RelevanceResult result = SCORER.score(
                "Russia, China, Iran and North Korea: the year ahead",
                "North Korea tested a missile. North Korea held a parade. North Korea opened a factory.");

        assertThat(result.relevant()).isFalse();
    }

    @Test
    void aNameAmongManyGreetingSendersIsNoCoMention() {
        RelevanceResult result = SCORER.score(
                null,
                "Greetings to Kim Jong Un came from the chairman of the Pakistani "
                        + "Friendship Association, the first secretary of the Communist Party of Russia, a Nepalese party leader, "
                        + "the Peruvian study group, the Malian youth league, a Nigerian newspaper editor and the Danish solidarity committee.");

        assertThat(result.relevant()).isFalse();
    }

    @Test
    void aConjunctionThenACommaClauseIsAPairNotAList() {
        RelevanceResult pair = SCORER.score(null, "Договор между Россией и КНДР, подписанный в июне, вступил в силу.");
        RelevanceResult list = SCORER.score(null, "Угрозы исходят от России, Китая, Ирана и КНДР, заявил он.");
        RelevanceResult aside = SCORER.score(null, "Россия, по его словам, и КНДР подписали договор.");
        RelevanceResult dotted = SCORER.score(null, "트럼프·시진핑·김정은·푸틴이 모였다.");

        assertThat(pair.relevant()).isTrue();
        assertThat(aside.relevant()).isTrue();
        assertThat(list.relevant()).isFalse();
        assertThat(dotted.relevant()).isFalse();
    }

    @Test
    void aWebAddressIsNoMention() {
        RelevanceResult linked = SCORER.score(
                null,
                "Как [пишет](https://news.example/2024/putin-kursk-north-korea/) газета, Путин хочет вернуть Курскую область.");
        RelevanceResult named = SCORER.score(null, "Как пишет газета, Путин хочет вернуть Курскую область у КНДР.");

        assertThat(linked.relevant()).isFalse();
        assertThat(linked.matchedTerms()).containsExactly("putin");
        assertThat(named.relevant()).isTrue();
    }

    @Test
    void aScoreThatAddsUpToTheMinimumReachesIt() {
        // The title and lead name Russia, the lead and one more of nine sentences North Korea: 0.5 + 0.3 * 2/3 + 0.1,
        // which in floating point is 0.7999999999999999.
        RelevanceScorer atSum = new RelevanceScorer(new AliasMatcher(SUBJECT), 0.8);
        RelevanceResult result = atSum.score(
                "Russian delegation arrives",
                "A Russian delegation arrived in Pyongyang. "
                        + "It toured a school. It saw North Korea's farms. It met officials. It visited a plant. It saw a museum. "
                        + "It went to a park. It left on Friday.");

        assertThat(result.score()).isEqualTo(0.8);
        assertThat(result.relevant()).isTrue();
    }
}
