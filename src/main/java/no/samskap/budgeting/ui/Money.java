package no.samskap.budgeting.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Kroner and tonnes as people read them in their language. */
final class Money {

    private Money() {}

    static String nok(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value) + " kr";
    }

    static String tonnes(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value);
    }
}
