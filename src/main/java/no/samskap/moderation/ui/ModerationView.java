package no.samskap.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import no.samskap.identity.AccountService;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.QueueItem;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;

/** The officials' review queue: reported content with hide, restore, dismiss and block. */
@Route("moderation")
@Menu(order = 10, title = "menu.moderation")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final AccountService accounts;
    private final Municipality municipality;
    private final VerticalLayout items = new VerticalLayout();

    public ModerationView(ModerationService moderation, AccountService accounts, SelectedMunicipality selected) {
        this.moderation = moderation;
        this.accounts = accounts;
        this.municipality = selected.municipality();
        items.setPadding(false);
        add(new H1(getTranslation("moderation.heading", municipality.name())), items);
        refresh();
    }

    private void refresh() {
        items.removeAll();
        List<QueueItem> queue = moderation.queue(municipality.id());
        if (queue.isEmpty()) {
            items.add(new Paragraph(getTranslation("moderation.empty")));
        }
        for (QueueItem item : queue) {
            VerticalLayout card = new VerticalLayout();
            card.addClassName("samskap-card");
            String reasons = item.reasons().entrySet().stream()
                    .map(e -> getTranslation(e.getKey().messageKey()) + " × " + e.getValue())
                    .collect(Collectors.joining(", "));
            card.add(
                    new Anchor(item.info().link(), item.info().excerpt()),
                    new Span(getTranslation("moderation.item", item.openReports(), reasons)));
            if (item.info().hidden()) {
                card.add(new Span(getTranslation("moderation.is-hidden")));
            }
            item.details().forEach(d -> card.add(new Paragraph("«" + d + "»")));
            Button hide = new Button(
                    getTranslation("moderation.hide"), e -> act(() -> moderation.hide(item.content(), "moderator")));
            Button restore = new Button(
                    getTranslation("moderation.restore"), e -> act(() -> moderation.restore(item.content())));
            Button dismiss = new Button(
                    getTranslation("moderation.dismiss"), e -> act(() -> moderation.dismiss(item.content())));
            Button block = new Button(
                    getTranslation("moderation.block"),
                    e -> act(() -> accounts.setBlocked(item.info().author(), true)));
            block.addThemeVariants(ButtonVariant.ERROR);
            hide.setVisible(!item.info().hidden());
            restore.setVisible(item.info().hidden());
            card.add(new HorizontalLayout(hide, restore, dismiss, block));
            items.add(card);
        }
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation") + " – Samskap";
    }
}
