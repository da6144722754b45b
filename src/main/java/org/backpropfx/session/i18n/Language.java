package org.backpropfx.session.i18n;

import java.util.Locale;

/**
 * The languages the window speaks. {@link #SYSTEM} follows the computer's locale where the window has
 * that language, else English. Lesson files, the trace and the exports are English whatever is chosen.
 */
public enum Language {
    SYSTEM("system"),
    ENGLISH("en"),
    GERMAN("de");

    private final String id;

    Language(String id) {
        this.id = id;
    }

    /** The name kept in the settings. */
    public String id() { return id; }

    /** The language stored under {@code id}; anything unknown or missing is {@link #SYSTEM}. */
    public static Language byId(String id) {
        for (Language l : values()) {
            if (l.id.equals(id)) return l;
        }
        return SYSTEM;
    }

    /** The locale the window uses for this choice, given the computer's locale. */
    public Locale locale(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.UK;
            case GERMAN -> Locale.GERMANY;
            case SYSTEM -> GERMAN.locale(system).getLanguage().equals(system.getLanguage())
                    ? GERMAN.locale(system) : ENGLISH.locale(system);
        };
    }
}
