package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void rendersFormatting() {
        String html = SafeMarkdown.toHtml("**bold** and *it*\n\n- one\n- two");
        assertThat(html)
                .contains("<strong>bold</strong>", "<em>it</em>", "<li>one</li>")
                .startsWith("<div>");
    }

    @Test
    void scriptAndHtmlInTheTextNeverBecomeMarkup() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script><img src=x onerror=alert(2)> <b onclick=x>hi</b>");
        assertThat(html)
                .doesNotContain("<script", "<img", "<b ", "onerror=", "onclick=")
                .contains("&lt;script&gt;");
    }

    @Test
    void dropsDangerousLinksAndHardensSafeOnes() {
        assertThat(SafeMarkdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(SafeMarkdown.toHtml("[x](data:text/html;base64,PHNjcmlwdD4=)"))
                .doesNotContain("data:");
        String ok = SafeMarkdown.toHtml("[kommune](https://www.baerum.kommune.no)");
        assertThat(ok).contains("href=\"https://www.baerum.kommune.no\"").contains("noopener");
    }

    @Test
    void emptyInputGivesAnEmptyContainer() {
        assertThat(SafeMarkdown.toHtml(null)).isEqualTo("<div></div>");
    }
}
