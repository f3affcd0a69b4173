package org.newsdrift.text.lang;

import static org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.junit.jupiter.api.Test;

class KoreanChainTest {
    private static final List<String> IDS = List.of("kim_jong_un", "north_korea", "russia", "putin", "kn_23");

    private static List<String> terms(String text) {
        return Terms.of("ko", IDS, 3, text);
    }

    @Test
    void treatySentenceGivesEntityIdsAndNounsWithoutParticlesOrEndings() {
        // "러시아와 북한은 조약을 체결했다" as AliasMatcher.canonicalize leaves it.
        assertThat(terms(" russia 와  north_korea 은 조약을 체결했다")).containsExactly("russia", "north_korea", "조약", "체결");
    }

    @Test
    void treatySentenceBeforeAliasReplacementGivesItsNouns() {
        assertThat(terms("러시아와 북한은 조약을 체결했다")).containsExactly("러시아", "북한", "조약", "체결");
    }

    @Test
    void entityIdsStayWholeEvenWithAParticleAttached() {
        assertThat(terms("kim_jong_un은 kn_23 미사일을 putin 대통령과 논의했다"))
                .containsExactly("kim_jong_un", "kn_23", "미사일", "putin", "대통령", "논의");
    }

    @Test
    void noriAloneWouldSplitAnEntityIdWhichIsWhyTheChainProtectsIt() {
        try (Analyzer plain = new KoreanAnalyzer()) {
            assertThat(Terms.of(plain, "kim_jong_un은")).containsExactly("kim", "jong", "un");
        }
    }

    @Test
    void newsBoilerplateIsRemovedIncludingCompoundsNoriWouldSplit() {
        assertThat(terms("연합뉴스 특파원 기자 = 무단 전재 및 재배포 금지. 사진 제공 조선중앙통신 저작권")).isEmpty();
    }

    @Test
    void agencyNameIsRemovedWithoutLosingTheWordsItContains() {
        assertThat(terms("연합뉴스 연합 훈련")).containsExactly("연합", "훈련");
    }

    @Test
    void compoundsAreReplacedByTheirParts() {
        assertThat(terms("포괄적 전략적 동반자 관계")).containsExactly("포괄", "전략", "동반", "관계");
    }

    @Test
    void hanjaIsReadAsHangulAndLatinIsLowerCased() {
        assertThat(terms("北韓 KOREA")).containsExactly("북한", "korea");
    }

    @Test
    void twoSyllableWordsPassAMinimumOfThreeButSingleSyllablesDoNot() {
        assertThat(terms("북한군 파병 조약")).containsExactly("북한", "파병", "조약");
    }

    @Test
    void aMinimumOfOneKeepsSingleSyllables() {
        assertThat(Terms.of("ko", IDS, 1, "북한군 파병")).containsExactly("북한", "군", "파병");
    }

    @Test
    void latinWordsInKoreanTextStayWhole() {
        assertThat(terms("nuclear talks의 결과")).containsExactly("nuclear", "talks", "결과");
    }

    @Test
    void latinTermsInKoreanTextFollowTheConfiguredMinimum() {
        assertThat(terms("UN ab abc 회담 2024년")).containsExactly("abc", "회담");
    }

    @Test
    void discardModeCountsEachStretchOfTextOnce() {
        try (Analyzer mixed = new KoreanAnalyzer(null, DecompoundMode.MIXED, DEFAULT_STOP_TAGS, false)) {
            assertThat(Terms.of(mixed, "위원장")).containsExactly("위원장", "위원", "장");
        }
        assertThat(terms("위원장")).containsExactly("위원");
    }

    @Test
    void latinWordThatStartsOrEndsWithAnEntityIdIsNotTakenForIt() {
        assertThat(terms("russian 외교관 putinism xrussia kim_jong_unx 러시아인"))
                .containsExactly("russian", "외교", "putinism", "xrussia", "kim_jong_unx", "러시아");
    }

    @Test
    void lettersAndDigitsThatTouchAreOneTermAsInTheOtherChains() {
        assertThat(terms("G20 회의")).containsExactly("g20", "회의");
    }
}
