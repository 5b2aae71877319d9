package no.samskap.mail;

import java.time.Instant;
import java.util.List;

/**
 * A mail the demo's catcher received.
 *
 * @param oneClickUnsubscribe its List-Unsubscribe address, or null
 */
public record CaughtMail(List<String> to, String subject, String text, Instant received, String oneClickUnsubscribe) {}
