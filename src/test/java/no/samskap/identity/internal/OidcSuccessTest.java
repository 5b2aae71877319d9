package no.samskap.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After ID-porten, a person returns to a page of this application and never to an address elsewhere. */
class OidcSuccessTest {

    @Test
    void onlyPathsInsideTheApplicationAreFollowed() {
        assertThat(OidcSuccess.isLocal("proposals/7f1c2e4a-1b2c-4d5e-8f90-123456789abc"))
                .isTrue();
        assertThat(OidcSuccess.isLocal("proposals?municipality=trondheim")).isTrue();
        assertThat(OidcSuccess.isLocal("")).isTrue();
        // Protocol-relative, absolute, backslash tricks, header splitting and oversize paths are refused.
        assertThat(OidcSuccess.isLocal("/evil.example")).isFalse();
        assertThat(OidcSuccess.isLocal("https://evil.example/")).isFalse();
        assertThat(OidcSuccess.isLocal("\\\\evil.example")).isFalse();
        assertThat(OidcSuccess.isLocal("proposals\r\nSet-Cookie: x=y")).isFalse();
        assertThat(OidcSuccess.isLocal("a".repeat(2_000))).isFalse();
    }
}
