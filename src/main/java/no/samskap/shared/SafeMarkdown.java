package no.samskap.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders user-written Markdown to HTML that is safe to show to other users: raw HTML in
 * the input is escaped by the renderer, and the output passes an allow-list sanitizer.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of();
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br", "blockquote")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href")
                    .onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private SafeMarkdown() {}

    /** HTML for the Markdown text, wrapped in one {@code div} element. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div>" + POLICY.sanitize(html) + "</div>";
    }
}
