package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;
import org.newsdrift.config.ConfigLoader;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.SubjectConfig.AliasGroup;
import org.newsdrift.config.SubjectConfig.Entity;
import org.newsdrift.text.AliasMatcher.Mention;

class AliasMatcherTest {
    private static final AliasMatcher MATCHER =
            new AliasMatcher(ConfigLoader.load(TestFiles.defaultConfig()).subject());

    @Test
    void groupsAreNamedInConfigOrder() {
        assertThat(MATCHER.groupNames()).containsExactly("russia", "north_korea");
    }

    @Test
    void kimJongUnMatchesWithSpacesHyphensAndAnyCase() {
        for (String text : List.of(
                "Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "kim  jong\u2013un", "Kim\nJong Un", "Kim Jongun")) {
            assertThat(ids(text)).as(text).containsExactly("kim_jong_un");
        }
    }

    @Test
    void mentionCarriesItsEntityGroupAndPosition() {
        assertThat(MATCHER.find("Kim Jong Un met Putin"))
                .containsExactly(
                        new Mention("kim_jong_un", "north_korea", 0, 11), new Mention("putin", "russia", 16, 21));
    }

    @Test
    void russiaMatchesItsAdjectiveAndPossessive() {
        assertThat(MATCHER.find("Russia's envoy")).containsExactly(new Mention("russia", "russia", 0, 6));
        assertThat(ids("Russian troops")).containsExactly("russia");
        assertThat(ids("Russians voted")).containsExactly("russia");
        assertThat(ids("RUSSIA")).containsExactly("russia");
    }

    @Test
    void russiaDoesNotMatchInsideOtherWords() {
        assertThat(MATCHER.find("Belarus and Prussia, Belarusian and Belorussian, Белоруссии"))
                .isEmpty();
    }

    @Test
    void koreanFormsMatchWithParticlesAttached() {
        assertThat(ids("러시아와 북한은 조약을 체결했다")).containsExactly("russia", "north_korea");
        assertThat(ids("푸틴 대통령이 평양에서 김정은 위원장과")).containsExactly("putin", "pyongyang", "kim_jong_un");
    }

    @Test
    void russianFormsMatchInTheirCaseEndings() {
        assertThat(ids("России и КНДР")).containsExactly("russia", "north_korea");
        assertThat(ids("встреча с Ким Чен Ыном")).containsExactly("kim_jong_un");
        assertThat(ids("делегация Северной Кореи")).containsExactly("north_korea");
        assertThat(ids("Путина в Москве, Кремль")).containsExactly("putin", "moscow", "kremlin");
    }

    @Test
    void ukrainianFormsMatchInTheirCaseEndings() {
        assertThat(ids("Росії")).containsExactly("russia");
        assertThat(ids("Північної Кореї")).containsExactly("north_korea");
        assertThat(ids("Кім Чен Ин і Путін")).containsExactly("kim_jong_un", "putin");
    }

    @Test
    void southKoreaAloneIsNotNorthKorea() {
        assertThat(MATCHER.find("South Korea and the Korean peninsula; Korea Herald"))
                .isEmpty();
    }

    @Test
    void northKoreaFormsMatchInFull() {
        assertThat(ids("North Korean troops")).containsExactly("north_korea");
        assertThat(ids("the D.P.R.K. said")).containsExactly("north_korea");
        assertThat(MATCHER.find("Democratic People's Republic of Korea"))
                .containsExactly(new Mention("north_korea", "north_korea", 0, 37));
        assertThat(ids("Democratic People’s Republic of Korea")).containsExactly("north_korea");
    }

    @Test
    void longerFormOfTheSameEntityWins() {
        assertThat(MATCHER.find("President Vladimir Putin")).containsExactly(new Mention("putin", "russia", 10, 24));
    }

    @Test
    void overlappingMentionsKeepTheOneThatStartsFirstAndIsLongest() {
        AliasMatcher matcher = new AliasMatcher(new SubjectConfig(
                "overlap",
                null,
                List.of(
                        new AliasGroup(
                                "places",
                                List.of(
                                        new Entity("korea", List.of("Korea"), null),
                                        new Entity("korea_strait", List.of("Korea Strait"), null))),
                        new AliasGroup("states", List.of(new Entity("north_korea", List.of("North Korea"), null))))));

        assertThat(matcher.find("North Korea")).containsExactly(new Mention("north_korea", "states", 0, 11));
        assertThat(matcher.find("the Korea Strait")).containsExactly(new Mention("korea_strait", "places", 4, 16));
        assertThat(matcher.find("North Korea Strait")).containsExactly(new Mention("north_korea", "states", 0, 11));
    }

    @Test
    void canonicalizeReplacesEachMentionWithItsEntityId() {
        String canonical = MATCHER.canonicalize("Kim Jong Un met Putin");

        assertThat(canonical).isEqualTo(" kim_jong_un  met  putin ");
        assertThat(canonical.strip().split("\\s+")).containsExactly("kim_jong_un", "met", "putin");
    }

    @Test
    void canonicalizeLeavesTextWithoutMentionsAlone() {
        assertThat(MATCHER.canonicalize("South Korea and Belarus")).isEqualTo("South Korea and Belarus");
        assertThat(MATCHER.canonicalize("")).isEmpty();
    }

    @Test
    void cuesAreTheFirstWordOfEachFormWithoutCase() {
        assertThat(AliasMatcher.cues(List.of("Kim Jong-un", " Russia* ", "북한*", "КНДР", "Korean* People's Army")))
                .containsExactly("kim", "russia", "북한", "кндр", "korean");
    }

    @Test
    void formsMatchInCapitalsThatLowerCasingWouldLengthen() {
        // "İ".toLowerCase() is two chars, "i" and a combining dot; the pattern still takes "İ" for "i".
        assertThat(ids("KİM JONG UN met PUTİN")).containsExactly("kim_jong_un", "putin");
    }

    @Test
    void everyTextAnEntityPatternMatchesContainsOneOfItsCues() throws Exception {
        SubjectConfig subject = ConfigLoader.load(TestFiles.defaultConfig()).subject();
        List<String> texts = new ArrayList<>();
        for (JsonNode record : new ObjectMapper().readTree(TestFiles.sample().toFile())) {
            texts.add(record.path("headline").asText("") + "\n"
                    + record.path("story_text").asText(""));
        }
        int matched = 0;
        for (AliasGroup group : subject.groups()) {
            for (Entity entity : group.entities()) {
                Pattern pattern = AliasMatcher.compile(entity.forms());
                List<String> cues = AliasMatcher.cues(entity.forms());
                for (String text : texts) {
                    if (pattern.matcher(text).find()) {
                        matched++;
                        assertThat(cues)
                                .as(entity.id() + " in " + text.substring(0, Math.min(80, text.length())))
                                .anyMatch(AliasMatcher.fold(text)::contains);
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(texts.size());
    }

    @Test
    void findingAtCuesGivesWhatTryingEveryPositionGives() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "KİM JONG UN met PUTİN",
                "Kim Jong-un's talks with Russia's Putin",
                "kimchi, Kim, Kim Jong Un, kim jong un",
                "북한군이 러시아에 파병된 북한 병사",
                "Путин и Ким Чен Ын в КНДР; Путіна",
                "Russians, Russia-DPRK, Russian-made",
                "Pyongyang Pyongyang Pyongyang",
                "Akim Jong Un in antiRussia ads",
                ""));
        for (JsonNode record : new ObjectMapper().readTree(TestFiles.sample().toFile())) {
            texts.add(record.path("headline").asText("") + "\n"
                    + record.path("story_text").asText(""));
        }
        int withMentions = 0;
        for (String text : texts) {
            List<Mention> expected = MATCHER.findEverywhere(text);
            assertThat(MATCHER.find(text))
                    .as(text.substring(0, Math.min(80, text.length())))
                    .isEqualTo(expected);
            withMentions += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withMentions).isGreaterThan(texts.size() / 2);
    }

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(Mention::entityId).toList();
    }
}
