package no.samskap.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import no.samskap.map.Maps;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.notifications.AreaWatches;
import no.samskap.notifications.MailFrequency;
import no.samskap.notifications.NotificationKind;
import no.samskap.notifications.NotificationMails;

/** "Email notifications": for each kind, off, at once, daily digest or weekly digest. */
@Route("account/notifications")
@PermitAll
public class MailSettingsView extends VerticalLayout implements HasDynamicTitle {

    public MailSettingsView(
            NotificationMails mails, AreaWatches watches, Maps maps, SelectedMunicipality municipality) {
        setMaxWidth("44rem");
        add(new H1(getTranslation("notifications.mail.title")));
        if (!mails.canReceiveMail()) {
            Paragraph unverified = new Paragraph(getTranslation("notifications.mail.unverified") + " ");
            unverified.add(new Anchor("account", getTranslation("account.title")));
            unverified.getElement().setAttribute("role", "note");
            add(unverified);
        }
        add(new Paragraph(getTranslation("notifications.mail.intro", mails.digestTime())));
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Map<NotificationKind, MailFrequency> choices = mails.preferences();
        for (NotificationKind kind : NotificationKind.values()) {
            RadioButtonGroup<MailFrequency> group = new RadioButtonGroup<>(getTranslation(kind.labelKey()));
            group.setItems(MailFrequency.values());
            group.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
            group.setValue(choices.get(kind));
            group.addClassName("mail-choice-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    mails.setPreference(kind, e.getValue());
                    saved.setText(getTranslation(
                            "notifications.mail.saved",
                            getTranslation(kind.labelKey()),
                            getTranslation(e.getValue().messageKey())));
                }
            });
            add(group);
        }
        add(saved, new AreaWatchSection(watches, maps, municipality.municipality()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.mail.title") + " – Samskap";
    }
}
