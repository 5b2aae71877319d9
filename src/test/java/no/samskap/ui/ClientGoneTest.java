package no.samskap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

class ClientGoneTest {

    @Test
    void aBrowserThatHungUpIsNotAnError() {
        var wrapped = new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")));
        assertThat(ShellServiceInitListener.clientGone(wrapped)).isTrue();
    }

    @Test
    void otherFailuresStillAre() {
        assertThat(ShellServiceInitListener.clientGone(new IOException("Disk full")))
                .isFalse();
        assertThat(ShellServiceInitListener.clientGone(new IllegalStateException()))
                .isFalse();
    }
}
