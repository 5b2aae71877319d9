package no.samskap.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.notifications.NotificationService;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;
import no.samskap.shared.SamskapIcon;

/** "Follow" / "Unfollow" on the proposal page for logged-in users. */
@org.springframework.stereotype.Component
class FollowSection implements ProposalSection {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    FollowSection(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(ProposalDetails proposal) {
        if (currentUser.get().isEmpty() || !proposal.state().isPublic()) {
            return Optional.empty();
        }
        Button button = new Button();
        button.addThemeVariants(ButtonVariant.TERTIARY);
        Runnable show = () -> {
            boolean following = notifications.isFollowing(proposal.id());
            button.setText(button.getTranslation(following ? "notifications.unfollow" : "notifications.follow"));
            button.setIcon((following ? SamskapIcon.BELL_OFF : SamskapIcon.BELL_OUTLINE).create());
        };
        button.addClickListener(e -> {
            if (notifications.isFollowing(proposal.id())) {
                notifications.unfollow(proposal.id());
            } else {
                notifications.follow(proposal.id());
            }
            show.run();
        });
        show.run();
        return Optional.of(button);
    }
}
