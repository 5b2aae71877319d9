package no.samskap.live;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone present at a place: an account, a named workshop guest, or an anonymous visitor
 * (no display name; views show a translated word instead).
 *
 * @param id stable per person, so two tabs of one person count once
 * @param displayName the name others see, or null for an anonymous visitor
 * @param guest whether this is a workshop guest without an account
 */
public record Visitor(String id, String displayName, boolean guest) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");

    public Visitor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("visitor id is required");
        }
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    public static Visitor anonymous(String sessionKey) {
        return new Visitor("anon:" + sessionKey, null, false);
    }

    public boolean isAnonymous() {
        return displayName == null;
    }

    /**
     * One or two letters for an avatar: the first letter of the first and of the last word that
     * has one ("Åse Ødegård" gives "ÅØ"). Markup a guest typed is not a word ({@code <b>Siri</b>}
     * gives "S"); a name without letters gives "?".
     */
    public String initials() {
        if (displayName == null) {
            return "?";
        }
        List<String> letters = new ArrayList<>();
        for (String word : TAG.matcher(displayName).replaceAll(" ").split("\\s+")) {
            word.codePoints()
                    .filter(Character::isLetter)
                    .findFirst()
                    .ifPresent(letter -> letters.add(Character.toString(letter)));
        }
        if (letters.isEmpty()) {
            return "?";
        }
        String initials = letters.size() == 1 ? letters.getFirst() : letters.getFirst() + letters.getLast();
        return initials.toUpperCase(Locale.ROOT);
    }
}
