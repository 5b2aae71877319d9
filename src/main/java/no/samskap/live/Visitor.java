package no.samskap.live;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

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

    /** One or two letters for an avatar. */
    public String initials() {
        if (displayName == null) {
            return "?";
        }
        String[] words = displayName.split("\\s+");
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
