package no.samskap.impact.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the impact pages show them, in the user's language. */
final class Figures {

    private Figures() {}

    /**
     * One decimal from 10 up; below that two significant digits, so a small but real figure
     * (0.04 kg per inhabitant) never shows as 0.
     */
    static String amount(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        double magnitude = Math.abs(value);
        int decimals = magnitude == 0 || magnitude >= 10 ? 1 : 1 - (int) Math.floor(Math.log10(magnitude));
        format.setMaximumFractionDigits(Math.max(1, decimals));
        return format.format(value);
    }

    /** Whole kroner. */
    static String money(double value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
