package no.samskap.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.mail.MailSettings;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The mail the demo's catcher received, newest first, for administrators: with the demo every mail
 * flow can be followed without a mail server. Links in a mail are shown as links when they point
 * into this installation; everything else is plain text.
 */
@Route("admin/mail")
@Menu(order = 20, title = "menu.mail")
@RolesAllowed("ADMIN")
public class MailCaughtView extends VerticalLayout implements HasDynamicTitle {

    public MailCaughtView(ObjectProvider<MailInbox> inbox, MailSettings settings) {
        setMaxWidth("60rem");
        add(new H1(getTranslation("mail.caught.title")));
        MailInbox catcher = inbox.getIfAvailable();
        if (catcher == null) {
            add(new Paragraph(getTranslation("mail.caught.off")));
            return;
        }
        List<CaughtMail> mails = catcher.messages();
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("mail.caught.none")));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Oslo"));
        for (CaughtMail mail : mails) {
            Div item = new Div();
            item.addClassName("caught-mail");
            item.add(new H2(mail.subject()));
            item.add(new Paragraph(
                    getTranslation("mail.caught.to", String.join(", ", mail.to()), format.format(mail.received()))));
            item.add(body(mail.text(), settings.publicUrl()));
            add(item);
        }
    }

    /** The text as written, with each line that is a link into this installation made clickable. */
    private static Component body(String text, String publicUrl) {
        Pre pre = new Pre();
        pre.getStyle().set("white-space", "pre-wrap");
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(publicUrl) && !trimmed.contains(" ")) {
                pre.add(new Anchor(trimmed, trimmed));
                pre.add(new com.vaadin.flow.component.Text("\n"));
            } else {
                pre.add(new com.vaadin.flow.component.Text(line + "\n"));
            }
        }
        return pre;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.caught.title") + " – Samskap";
    }
}
