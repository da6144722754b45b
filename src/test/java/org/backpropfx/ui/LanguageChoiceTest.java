package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.backpropfx.session.i18n.Language;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language chosen is kept in the settings and is the one the next window is built in. */
class LanguageChoiceTest {
    private final Locale words = Texts.locale();
    private final Locale jvm = Locale.getDefault();

    @AfterEach
    void restore() {
        Texts.use(words);
        Locale.setDefault(jvm);
    }

    @Test
    void theStoredChoiceIsAppliedWhenTheWindowIsNextBuilt() {
        SettingsStore store = SettingsStore.inMemory();
        new WindowPrefs(store).setLanguage(Language.GERMAN);

        WindowPrefs nextStart = new WindowPrefs(store);
        assertThat(nextStart.language()).isEqualTo(Language.GERMAN);
        BackpropFxApp.useLanguage(nextStart.language());
        assertThat(Texts.get("toolbar.forward")).isEqualTo("Schritt ▶");
        assertThat(Texts.decimalComma()).isTrue();
        assertThat(Locale.getDefault().getLanguage()).as("JavaFX's own buttons follow").isEqualTo("de");

        new WindowPrefs(store).setLanguage(Language.ENGLISH);
        BackpropFxApp.useLanguage(new WindowPrefs(store).language());
        assertThat(Texts.get("toolbar.forward")).isEqualTo("Step ▶");
        assertThat(Texts.decimalComma()).isFalse();
    }
}
