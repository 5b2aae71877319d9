package no.samskap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.shared.SafeMarkdown;

/**
 * Whatever people write, the rendered comment's markup holds no script-capable element, no event
 * handler and no script URL. Text may mention anything: it is escaped, so only tags are checked.
 */
class MarkdownFuzzTest {

    private static final Pattern TAG = Pattern.compile("<([a-z][a-z0-9]*)([^>]*)>");
    private static final Pattern DANGEROUS_ELEMENT =
            Pattern.compile("script|iframe|object|embed|style|svg|math|link|meta|base|form|input|textarea");
    private static final Pattern DANGEROUS_ATTRIBUTE = Pattern.compile(
            "(?s).*(\\son[a-z]+\\s*=|\\ssrcdoc\\s*=|\\sstyle\\s*=|(href|src|action|formaction)\\s*=\\s*[\"']?\\s*"
                    + "(javascript|vbscript|data):).*");

    @FuzzTest(maxDuration = "10s")
    void rendersOnlySafeHtml(FuzzedDataProvider data) {
        String html = SafeMarkdown.toHtml(data.consumeRemainingAsString());
        Matcher tags = TAG.matcher(html.toLowerCase(Locale.ROOT));
        while (tags.find()) {
            if (DANGEROUS_ELEMENT.matcher(tags.group(1)).matches()) {
                throw new AssertionError("element <" + tags.group(1) + "> in " + html);
            }
            if (DANGEROUS_ATTRIBUTE.matcher(tags.group(2)).matches()) {
                throw new AssertionError("attribute '" + tags.group(2) + "' in " + html);
            }
        }
    }
}
