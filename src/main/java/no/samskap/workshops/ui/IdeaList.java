package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import no.samskap.shared.PersonName;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.WorkshopService;

/** The room's ideas as a list, with a draft-proposal button for those who run the workshop. */
class IdeaList extends UnorderedList implements RoomState.Listener {

    private final WorkshopService workshops;
    private final RoomState state;
    private final boolean manager;

    IdeaList(WorkshopService workshops, RoomState state, boolean manager) {
        this.workshops = workshops;
        this.state = state;
        this.manager = manager;
        getElement().setAttribute("aria-label", getTranslation("workshop.ideas"));
        render();
        state.addListener(this);
    }

    @Override
    public void pinChanged(Pin pin) {
        render();
    }

    @Override
    public void pinsRemoved(List<PinId> removed) {
        render();
    }

    /** Marks the idea with this map feature id, e.g. after a click on its pin. */
    void highlight(String featureId) {
        getChildren()
                .forEach(c -> c.getElement()
                        .getClassList()
                        .set(
                                "samskap-highlight",
                                featureId.equals(c.getElement().getAttribute("data-id"))));
    }

    private void render() {
        removeAll();
        if (state.pins().isEmpty()) {
            add(new ListItem(getTranslation("workshop.no-ideas")));
        }
        for (Pin pin : state.pins()) {
            ListItem item = new ListItem();
            item.addClassName("samskap-idea");
            item.getElement().setAttribute("data-id", pin.itemKey());
            Span text = new Span(pin.text());
            text.addClassName("samskap-idea-text");
            Span by = new Span(" — " + PersonName.shown(pin.authorName(), k -> getTranslation(k))
                    + (pin.guest() ? " (" + getTranslation("presence.guest") + ")" : ""));
            by.addClassName("samskap-idea-author");
            item.add(text, by);
            if (pin.proposal() != null) {
                item.add(
                        new Span(" · "),
                        new Anchor("proposals/" + pin.proposal(), getTranslation("workshop.draft-link")));
            } else if (manager) {
                Button convert = new Button(
                        getTranslation("workshop.make-draft"), e -> new DraftDialog(workshops, state, pin).open());
                convert.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                convert.setAriaLabel(getTranslation("workshop.make-draft-of", pin.text()));
                item.add(convert);
                if (pin.guest()) {
                    // For a guest who spams the room: they and their ideas go; accounts are for moderators.
                    Button remove = new Button(getTranslation("workshop.remove-guest"), e -> {
                        workshops.removeGuest(state.workshop().id(), pin.id());
                    });
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    remove.setAriaLabel(getTranslation(
                            "workshop.remove-guest-named", PersonName.shown(pin.authorName(), k -> getTranslation(k))));
                    item.add(remove);
                }
            }
            add(item);
        }
    }
}
