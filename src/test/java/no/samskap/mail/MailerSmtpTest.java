package no.samskap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail through an SMTP server as {@code spring.mail.*} configures one (GreenMail on loopback). */
class MailerSmtpTest {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final MailSettings SETTINGS = new MailSettings(
            "Samskap <noreply@samskap.invalid>",
            "https://samskap.example.no",
            java.time.Duration.ofDays(7),
            java.time.Duration.ofHours(1),
            new MailSettings.Catcher(false, 0));

    private static Mailer mailer(JavaMailSender sender) {
        StaticListableBeanFactory beans =
                new StaticListableBeanFactory(sender == null ? Map.of() : Map.of("smtp", sender));
        return new Mailer(beans.getBeanProvider(JavaMailSender.class), SETTINGS);
    }

    @Test
    void aMailArrivesInUtf8WithItsSubjectOnOneLine() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        boolean sent = mailer(sender)
                .send(new Mail(
                        "åse@example.org",
                        "Bekreft\r\nBcc: someone@example.org",
                        "Hei Åse,\n\nøl og brød: " + SETTINGS.link("/verify-email?token=abc"),
                        "test"));
        assertThat(sent).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Bekreft Bcc: someone@example.org");
        assertThat(received[0].getAllRecipients()).hasSize(1);
        assertThat(received[0].getFrom()[0].toString()).contains("noreply@samskap.invalid");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hei Åse,\n\nøl og brød: https://samskap.example.no/verify-email?token=abc");
    }

    @Test
    void withoutAnSmtpServerNothingIsSentAndNothingBreaks() {
        Mailer none = mailer(null);
        assertThat(none.configured()).isFalse();
        assertThat(none.send(new Mail("a@example.org", "s", "t", "test"))).isFalse();
    }
}
