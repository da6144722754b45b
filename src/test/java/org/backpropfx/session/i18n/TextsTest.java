package org.backpropfx.session.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.backpropfx.session.NumberInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {
    private final Locale before = Texts.locale();

    @AfterEach
    void restore() {
        Texts.use(before);
    }

    @Test
    void germanWordsAndDecimalCommas() {
        Texts.use(Language.GERMAN.locale(Locale.US));
        assertThat(Texts.get("menu.File")).isEqualTo("_Datei");
        assertThat(Texts.get("caption.position", 3, 4, 1234)).isEqualTo("Beispiel 3 von 4 · Epoche 1234");
        assertThat(Texts.numbers(4).format(-0.751449)).isEqualTo("−0,7514");
        assertThat(Texts.numbers(3).format(1.2345e-5)).isEqualTo("1,23×10⁻⁵");
        assertThat(NumberInput.parse("0,5").value()).isEqualTo(0.5);
        assertThat(NumberInput.parse("−1,25").value()).isEqualTo(-1.25);
        assertThat(NumberInput.parse("0.5").value()).as("a point is a decimal point too").isEqualTo(0.5);
        assertThat(NumberInput.parse("1.000,5").problem()).isEqualTo("„1.000,5“ mischt Dezimalkomma und Dezimalpunkt.");
        assertThat(NumberInput.parse("7", -1, 1).problem()).isEqualTo("„7“ liegt außerhalb des Bereichs −1 bis 1.");
    }

    @Test
    void englishRefusesADecimalCommaAndSaysToWriteAPoint() {
        Texts.use(Language.ENGLISH.locale(Locale.GERMANY));
        assertThat(Texts.get("menu.File")).as("English even on a German computer").isEqualTo("_File");
        assertThat(Texts.numbers(4).format(-0.751449)).isEqualTo("−0.7514");
        NumberInput.Result comma = NumberInput.parse("0,5");
        assertThat(comma.isValid()).isFalse();
        assertThat(comma.problem()).isEqualTo("“0,5”: write decimals with a point, e.g. 0.5.");
        assertThat(Texts.get("quiz.answer.tip")).contains("write decimals with a point");
        assertThat(Texts.get("caption.position", 3, 4, 1234)).isEqualTo("sample 3 of 4 · epoch 1234");
    }

    @Test
    void theSystemLanguageIsGermanOnAGermanComputerAndEnglishElsewhere() {
        assertThat(Language.SYSTEM.locale(Locale.GERMANY).getLanguage()).isEqualTo("de");
        assertThat(Language.SYSTEM.locale(new Locale("de", "AT")).getLanguage()).isEqualTo("de");
        assertThat(Language.SYSTEM.locale(Locale.FRANCE).getLanguage()).isEqualTo("en");
        assertThat(Language.byId("de")).isEqualTo(Language.GERMAN);
        assertThat(Language.byId("xx")).isEqualTo(Language.SYSTEM);
        assertThat(Language.byId(null)).isEqualTo(Language.SYSTEM);
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertThat(Texts.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void apostrophesAndArgumentsSurviveMessageFormat() {
        Texts.use(Locale.UK);
        assertThat(Texts.get("menu.train.reset")).isEqualTo("Reset to the lesson's start");
        assertThat(Texts.get("files.unsaved", "XOR", "closing the window"))
                .isEqualTo("Your edits to \"XOR\" are not saved. Save them before closing the window?");
    }
}
