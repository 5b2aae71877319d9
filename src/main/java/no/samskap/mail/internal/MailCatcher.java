package no.samskap.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.mail.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mail catcher: a real SMTP server on loopback that keeps every mail it receives, so a
 * new user can follow every mail link without a mail server. Never listens beyond 127.0.0.1.
 */
final class MailCatcher implements MailInbox, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final GreenMail server;

    MailCatcher(MailSettings.Catcher settings) {
        ServerSetup setup = new ServerSetup(settings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(settings.port() == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info("Mail catcher listening on 127.0.0.1:{}; administrators read its mail under Mail caught", port());
    }

    int port() {
        return server.getSmtp().getPort();
    }

    @Override
    public List<CaughtMail> messages() {
        List<CaughtMail> caught = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            caught.add(read(message));
        }
        caught.sort(Comparator.comparing(CaughtMail::received).reversed());
        return caught;
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof String s ? s : String.valueOf(content);
            Instant received = message.getReceivedDate() != null
                    ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new CaughtMail(
                    Arrays.stream(message.getAllRecipients())
                            .map(String::valueOf)
                            .toList(),
                    message.getSubject(),
                    text.replace("\r\n", "\n"),
                    received,
                    message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | IOException e) {
            return new CaughtMail(List.of(), "(unreadable: " + e.getMessage() + ")", "", Instant.EPOCH, null);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
