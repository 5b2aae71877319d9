package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopService;

/**
 * The latest round: whether it runs and for how long, the participant's own dots with buttons
 * to move them, and the live results.
 */
class VotingPanel extends VerticalLayout implements RoomState.Listener {

    private final WorkshopService workshops;
    private final RoomState state;
    private final ParticipantId participant;
    private final Runnable reload;
    private final VerticalLayout roundPanel = new VerticalLayout();
    private final RoundResults results = new RoundResults();
    private Map<String, Integer> myDots;

    /** {@code participant} is null for those who run the workshop without taking part; {@code reload} shows the room as it is now. */
    VotingPanel(WorkshopService workshops, RoomState state, ParticipantId participant, Runnable reload) {
        this.workshops = workshops;
        this.state = state;
        this.participant = participant;
        this.reload = reload;
        setPadding(false);
        roundPanel.setPadding(false);
        Round round = state.round();
        myDots = round != null && participant != null ? workshops.myDots(round.id(), participant) : Map.of();
        add(roundPanel, results);
        render();
        state.addListener(this);
    }

    @Override
    public void roundChanged(Round round, boolean newRound) {
        if (newRound) {
            myDots = Map.of();
        }
        render();
    }

    @Override
    public void totalsChanged(Round round) {
        results.show(round);
    }

    private void render() {
        Round round = state.round();
        roundPanel.removeAll();
        results.show(round);
        if (round == null || !round.open()) {
            if (round != null) {
                roundPanel.add(new Paragraph(getTranslation("workshop.round.closed", round.number())));
            }
            return;
        }
        Countdown countdown = new Countdown();
        countdown.setRemaining(Duration.between(Instant.now(), round.endsAt()));
        Paragraph head = new Paragraph(getTranslation("workshop.round.running", round.number()) + " ");
        head.add(countdown);
        roundPanel.add(head);
        if (participant == null) {
            return;
        }
        int used = myDots.values().stream().mapToInt(Integer::intValue).sum();
        Paragraph left = new Paragraph(getTranslation("workshop.round.dots-left", round.dots() - used, round.dots()));
        left.addClassName("samskap-dots-left");
        left.getElement().setAttribute("aria-live", "polite");
        roundPanel.add(left);
        for (Round.Item item : round.items()) {
            int mine = myDots.getOrDefault(item.key(), 0);
            Span label = new Span(item.label());
            label.addClassName("samskap-round-item-label");
            Span count = new Span(String.valueOf(mine));
            count.addClassName("samskap-my-dots");
            Button minus = new Button("−", e -> dots(round, item.key(), mine - 1));
            minus.setAriaLabel(getTranslation("workshop.round.remove-dot", item.label()));
            minus.setEnabled(mine > 0);
            Button plus = new Button("+", e -> dots(round, item.key(), mine + 1));
            plus.setAriaLabel(getTranslation("workshop.round.add-dot", item.label()));
            plus.setEnabled(used < round.dots());
            HorizontalLayout row = new HorizontalLayout(minus, count, plus, label);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("samskap-round-item");
            roundPanel.add(row);
        }
    }

    private void dots(Round round, String itemKey, int count) {
        try {
            myDots = workshops.setDots(state.workshop().id(), round.id(), participant, itemKey, count);
            render();
        } catch (UserFacingException ex) {
            // E.g. the round ended a moment ago: say so, and show the room as it is now.
            RoomNotifications.error(this, ex);
            reload.run();
        }
    }
}
