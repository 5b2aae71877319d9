package no.samskap.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's translations, read from messages*.properties through Spring's MessageSource. */
@Component
public class Translations implements I18NProvider {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(BOKMAL, NYNORSK, ENGLISH);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            // Visible but harmless, and caught by the key-sync test long before users see it.
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one; "no" and regional variants map to Bokmål. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return BOKMAL;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            default -> BOKMAL;
        };
    }

    /** Picks a supported locale from an Accept-Language style list; Bokmål when none fits. */
    public static Locale fromLanguageTags(String tag) {
        if (tag != null && !tag.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(tag)) {
                    String lang = range.getRange().split("-")[0];
                    if (List.of("nb", "no", "nn", "en").contains(lang)) {
                        return supported(Locale.forLanguageTag(lang));
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return BOKMAL;
            }
        }
        return BOKMAL;
    }
}
