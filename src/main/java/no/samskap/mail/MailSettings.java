package no.samskap.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ({@code samskap.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender every mail shows
 * @param publicUrl where people reach this installation; links in mail start with it
 * @param verificationLinkValidity how long a link that confirms an address works
 * @param resetLinkValidity how long a password reset link works (once)
 * @param catcher the demo's mail catcher instead of an SMTP server
 */
@ConfigurationProperties("samskap.mail")
public record MailSettings(
        @DefaultValue("Samskap <noreply@samskap.invalid>") String from,
        @DefaultValue("http://127.0.0.1:8080/") String publicUrl,
        @DefaultValue("7d") Duration verificationLinkValidity,
        @DefaultValue("1h") Duration resetLinkValidity,
        @DefaultValue Catcher catcher) {

    public MailSettings {
        if (!publicUrl.endsWith("/")) {
            publicUrl = publicUrl + "/";
        }
    }

    /** The address of a page in this installation, for a link in a mail. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * @param enabled receive every mail in an SMTP server inside the app (loopback only), readable
     *                by administrators under Mail caught; for the demo
     * @param port its port; 0 picks a free one
     */
    public record Catcher(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("0") int port) {}
}
