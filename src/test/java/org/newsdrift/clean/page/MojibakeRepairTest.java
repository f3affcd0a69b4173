package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read as windows-1252 is re-read; text in any language as its writer wrote it is left alone. */
class MojibakeRepairTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Warum Ambrosia in deutschen GÃ¤rten zur Bedrohung wird | Warum Ambrosia in deutschen Gärten zur Bedrohung wird",
                "31% of new crypto buyers. Hereâ€™s why | 31% of new crypto buyers. Here’s why",
                "GÃ¼nstige Minuten-Tarife fÃ¼r Normalsurfer | Günstige Minuten-Tarife für Normalsurfer",
                "ÐŸÑƒÑ‚Ð¸Ð½ Ð¿Ñ€Ð¸Ð±Ñ‹Ð» | Путин прибыл"
            })
    void utf8ReadAsWindows1252IsReadAgain(String garbled, String meant) {
        assertThat(MojibakeRepair.repair(garbled)).isEqualTo(meant);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "São Paulo e a Ásia",
                "Ärger über Ölpreise",
                "naïve café crème",
                "Путин прибыл в Пхеньян",
                "김정은 위원장",
                "Â« citation »",
                "plain ASCII, nothing to do"
            })
    void textAsWrittenIsLeftAlone(String text) {
        assertThat(MojibakeRepair.repair(text)).isEqualTo(text);
    }
}
