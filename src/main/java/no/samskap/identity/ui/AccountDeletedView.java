package no.samskap.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a person lands, signed out, after deleting their account. */
@Route("account/deleted")
@AnonymousAllowed
public class AccountDeletedView extends VerticalLayout implements HasDynamicTitle {

    public AccountDeletedView() {
        setMaxWidth("44rem");
        add(
                new H1(getTranslation("mydata.deleted.title")),
                new Paragraph(getTranslation("mydata.deleted.text")),
                new Anchor("", getTranslation("mydata.deleted.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.deleted.title") + " – Samskap";
    }
}
