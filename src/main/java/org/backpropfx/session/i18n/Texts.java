package org.backpropfx.session.i18n;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.SignificantFormat;

/**
 * Every word the window shows, looked up in the {@code messages} bundles (English the base, German
 * beside it), and the one decision of how the window writes and reads numbers: in German with a
 * decimal comma. The language is chosen once, when the window is built; lesson files, the trace and
 * the exports never come here and stay English with a decimal point.
 *
 * <p>Every message goes through {@link MessageFormat}, with or without arguments, so that one rule
 * holds in the bundles: an apostrophe is written twice ({@code ''}).
 */
public final class Texts {
    static final String BUNDLE = "org.backpropfx.session.i18n.messages";
    /** No fallback to the computer's locale: English asked for is the base bundle even on a German machine. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Language.SYSTEM.locale(Locale.getDefault(Locale.Category.DISPLAY));
    private static volatile ResourceBundle bundle = load(locale);

    private Texts() {
    }

    /** Speaks the language of {@code chosen} from now on; views built afterwards use it. */
    public static void use(Locale chosen) {
        ResourceBundle loaded = load(chosen);
        locale = chosen;
        bundle = loaded;
    }

    /** The window's locale, for the words and the numbers alike. */
    public static Locale locale() { return locale; }

    /** The message under {@code key}, its {@code {0}}, {@code {1}} … replaced by the arguments. */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; a user still sees something readable.
            return key;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // Counts are written as they are (epoch 1234, not 1,234); a fractional number comes here already written.
            if (shown[i] instanceof Integer || shown[i] instanceof Long) shown[i] = shown[i].toString();
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Whether {@code key} is in the current language's bundle (or the base one beneath it). */
    public static boolean has(String key) { return bundle.containsKey(key); }

    /** Whether the window writes decimals with a comma (0,5) instead of a point (0.5). */
    public static boolean decimalComma() { return decimalComma(locale); }

    /** Whether {@code l} writes decimals with a comma: the one rule for showing and reading numbers. */
    public static boolean decimalComma(Locale l) {
        return DecimalFormatSymbols.getInstance(l).getDecimalSeparator() == ',';
    }

    /** Numbers to {@code digits} significant digits, with the window's decimal mark. */
    public static SignificantFormat numbers(int digits) {
        return new SignificantFormat(digits, decimalComma() ? ',' : '.');
    }

    /** A number written with the window's decimal mark: "0.5" becomes "0,5" in German. */
    public static String decimal(String plain) {
        return decimalComma() ? plain.replace('.', ',') : plain;
    }

    static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, Texts.class.getClassLoader(), NO_FALLBACK);
    }
}
