package no.samskap.protection;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address as the server sees it after the trusted proxy's X-Forwarded-For has been
 * applied (server.tomcat.remoteip.*): never a header the client could set itself.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The current client's address, or "unknown" outside a request or UI access. */
    public static String current() {
        // The Vaadin session keeps the address of the request that opened it, which went through
        // the proxy valve; later WebSocket frames carry no forwarded header of their own.
        // Downloads and uploads run without the session's lock, which reading it requires; their own
        // request went through the proxy valve, so its address is the client's.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && session.hasLock()
                && session.getBrowser() != null
                && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null && vaadinRequest.getRemoteAddr() != null) {
            return vaadinRequest.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    /**
     * The key a limit counts an address under: an IPv4 address as is, an IPv6 address by its /64,
     * because one subscriber usually holds a whole /64 and could otherwise rotate addresses freely.
     */
    public static String limitKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            // ofLiteral never consults DNS, so a crafted address cannot trigger a lookup.
            InetAddress parsed = InetAddress.ofLiteral(literal);
            if (parsed instanceof Inet6Address v6) {
                byte[] bytes = v6.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                            .append(':');
                }
                return prefix.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
