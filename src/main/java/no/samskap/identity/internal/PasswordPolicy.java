package no.samskap.identity.internal;

import java.util.Locale;
import java.util.Set;
import no.samskap.shared.UserFacingException;

/**
 * Password rules in the spirit of NIST SP 800-63B: a minimum length, no upper limit
 * below 128, no composition rules, and a refusal of the most common and guessable ones.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of(
            "password",
            "passord",
            "passord123",
            "password123",
            "1234567890",
            "12345678910",
            "qwertyuiop",
            "qwertzuiop",
            "sommer2024",
            "sommer2025",
            "vinter2025",
            "iloveyou12",
            "samskap123",
            "samskap-demo",
            "letmein123",
            "0987654321",
            "abcdefghij",
            "asdfghjkl1");

    private PasswordPolicy() {}

    public static void check(String password, String username, int minLength) {
        if (password == null || password.length() < minLength) {
            throw UserFacingException.forField("password", "error.password.too-short", minLength);
        }
        if (password.length() > 128) {
            throw UserFacingException.forField("password", "error.field.too-long", 128);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)
                || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
                || lower.chars().distinct().count() < 4) {
            throw UserFacingException.forField("password", "error.password.weak");
        }
    }
}
