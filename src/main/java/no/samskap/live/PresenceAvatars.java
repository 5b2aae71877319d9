package no.samskap.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/** Avatars of everyone at a place, live; entering the place while attached. */
public class PresenceAvatars extends Div {

    /** Avatars and names shown; the rest are counted. */
    static final int SHOWN = 8;

    private final Presence presence;
    private final String place;
    private final Visitor self;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span summary = new Span();
    private final List<Registration> registrations = new ArrayList<>();
    private List<Visitor> visitors = List.of();

    public PresenceAvatars(Presence presence, String place, Visitor self) {
        this.presence = presence;
        this.place = place;
        this.self = self;
        addClassName("samskap-presence");
        avatars.setMaxItemsVisible(SHOWN);
        summary.addClassName("samskap-presence-summary");
        // The names are in the text as well, for screen readers and for tests.
        summary.getElement().setAttribute("aria-live", "polite");
        add(avatars, summary);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registrations.add(presence.enter(event.getUI(), place, self));
        registrations.add(presence.watch(event.getUI(), place, this::show));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void show(List<Visitor> now) {
        // The list is shared by every tab at the place; a tab keeps only what it shows, so a
        // crowded map costs each tab a few avatars, not one per visitor.
        visitors = now;
        String anonymous = getTranslation("presence.anonymous");
        String guest = getTranslation("presence.guest");
        avatars.setItems(now.stream()
                .limit(SHOWN)
                .map(v -> {
                    AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(
                            v.isAnonymous()
                                    ? anonymous
                                    : v.guest() ? v.displayName() + " (" + guest + ")" : v.displayName());
                    item.setAbbreviation(v.initials());
                    item.setColorIndex(Math.floorMod(v.id().hashCode(), 7));
                    return item;
                })
                .toList());
        List<String> named = now.stream()
                .filter(v -> !v.isAnonymous())
                .map(v -> v.guest() ? v.displayName() + " (" + guest + ")" : v.displayName())
                .distinct()
                .toList();
        List<String> parts = new ArrayList<>(named.subList(0, Math.min(SHOWN, named.size())));
        if (named.size() > SHOWN) {
            parts.add(getTranslation("presence.more", named.size() - SHOWN));
        }
        long others = now.stream().filter(Visitor::isAnonymous).count();
        if (others > 0) {
            parts.add(getTranslation("presence.anonymous-count", others));
        }
        summary.setText(getTranslation("presence.summary", String.join(", ", parts)));
    }

    /** Who this component currently shows (for tests). */
    public List<Visitor> visitors() {
        return visitors;
    }
}
