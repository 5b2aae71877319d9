package no.samskap.processes.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import no.samskap.processes.Phase;

/** How phases read on the pages: their name, dates and what participants may do. */
final class PhaseLabels {

    private PhaseLabels() {}

    static String name(Phase phase, Component i18n) {
        return phase.name() != null
                ? phase.name()
                : i18n.getTranslation(phase.kind().messageKey());
    }

    static String dates(LocalDate from, LocalDate to, Locale locale) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return format.format(from) + " – " + format.format(to);
    }

    static String actions(Phase phase, Component i18n) {
        if (phase.actions().isEmpty()) {
            return i18n.getTranslation("phase.actions.none");
        }
        return phase.actions().stream()
                .sorted()
                .map(a -> i18n.getTranslation(a.messageKey()))
                .collect(Collectors.joining(", "));
    }

    static String state(Phase phase, Component i18n) {
        return i18n.getTranslation("phase.state." + phase.state().name().toLowerCase(Locale.ROOT));
    }
}
