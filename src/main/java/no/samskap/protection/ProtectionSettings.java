package no.samskap.protection;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits and browser security headers ({@code samskap.protection.*}).
 *
 * @param limits allowance per action, overriding {@link Limit#defaultRate()} (e.g. {@code vote: {capacity: 60, period: 10m}})
 * @param maxTrackedClients rate-limit entries each node keeps at most (least recently used go first, which
 *                          only refills their allowance); bounds memory under an address-rotating flood
 * @param contentSecurityPolicy the Content-Security-Policy header sent with every page
 * @param permissionsPolicy the Permissions-Policy header sent with every page
 * @param hstsMaxAge how long browsers keep to HTTPS once they reached the app over HTTPS
 */
@ConfigurationProperties("samskap.protection")
public record ProtectionSettings(
        @DefaultValue Map<Limit, Limit.Rate> limits,
        @DefaultValue("200000") int maxTrackedClients,
        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
        @DefaultValue(DEFAULT_PERMISSIONS) String permissionsPolicy,
        @DefaultValue("365d") Duration hstsMaxAge) {

    // Vaadin's bootstrap and its theme inject inline scripts and styles, and its client evaluates
    // server-sent JavaScript, hence the 'unsafe-*' entries; user text never reaches the page as HTML.
    // Images may come from any HTTPS host so that a configured tile server works; images cannot run code.
    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; "
            + "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

    public ProtectionSettings {
        limits = Map.copyOf(limits);
    }

    /** The allowance for an action: the configured one, else the built-in default. */
    public Limit.Rate rate(Limit limit) {
        return limits.getOrDefault(limit, limit.defaultRate());
    }
}
