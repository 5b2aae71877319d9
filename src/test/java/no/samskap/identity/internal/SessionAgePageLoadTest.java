package no.samskap.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests of an ended session are sent to the login page at once: pages, not Vaadin's own. */
class SessionAgePageLoadTest {

    @Test
    void aPageIsSentToTheLoginPageVaadinsOwnRequestsAreLeftToVaadin() {
        assertThat(SessionAgeFilter.isPageLoad(get("/proposals/0e7f", null))).isTrue();
        assertThat(SessionAgeFilter.isPageLoad(get("/", null))).isTrue();
        assertThat(SessionAgeFilter.isPageLoad(get("/", "uidl"))).isFalse();
        assertThat(SessionAgeFilter.isPageLoad(get("/VAADIN/build/index.js", null)))
                .isFalse();
        assertThat(SessionAgeFilter.isPageLoad(get("/icons/icon.png", null))).isFalse();
        MockHttpServletRequest post = get("/", null);
        post.setMethod("POST");
        assertThat(SessionAgeFilter.isPageLoad(post)).isFalse();
    }

    private static MockHttpServletRequest get(String path, String vaadinRequest) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (vaadinRequest != null) {
            request.setParameter("v-r", vaadinRequest);
        }
        return request;
    }
}
