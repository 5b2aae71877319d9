package no.samskap.workshops.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopService;

/** The facilitator's controls for voting rounds: what to vote on, dots each, minutes, start and end. */
class RoundControls extends VerticalLayout implements RoomState.Listener {

    private final WorkshopService workshops;
    private final RoomState state;
    private final CheckboxGroup<String> roundItems = new CheckboxGroup<>();
    private final IntegerField dotsField = new IntegerField();
    private final IntegerField minutesField = new IntegerField();
    private Map<String, String> itemLabels = Map.of();

    RoundControls(WorkshopService workshops, RoomState state) {
        this.workshops = workshops;
        this.state = state;
        setPadding(false);
        roundItems.setLabel(getTranslation("workshop.round.items"));
        roundItems.addClassName("samskap-round-items");
        dotsField.setLabel(getTranslation("workshop.round.dots"));
        dotsField.setMin(1);
        dotsField.setMax(Round.MAX_DOTS);
        dotsField.setValue(3);
        dotsField.setStepButtonsVisible(true);
        minutesField.setLabel(getTranslation("workshop.round.minutes"));
        minutesField.setMin(1);
        minutesField.setMax(60);
        minutesField.setValue(2);
        minutesField.setStepButtonsVisible(true);
        refreshItemChoices();
        Button start = new Button(getTranslation("workshop.round.start"), e -> startRound());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("samskap-start-round");
        Button end = new Button(getTranslation("workshop.round.end"), e -> {
            Round round = state.round();
            if (round != null && round.open()) {
                workshops.endRound(state.workshop().id(), round.id());
            }
        });
        end.addClassName("samskap-end-round");
        add(roundItems, new HorizontalLayout(dotsField, minutesField), new HorizontalLayout(start, end));
        state.addListener(this);
    }

    @Override
    public void pinChanged(Pin pin) {
        refreshItemChoices();
    }

    @Override
    public void pinsRemoved(List<PinId> removed) {
        refreshItemChoices();
    }

    /** Keeps what the facilitator set in the controls this one replaces, as the room is shown again. */
    void carryOver(RoundControls previous) {
        dotsField.setValue(previous.dotsField.getValue());
        minutesField.setValue(previous.minutesField.getValue());
        select(previous.itemLabels, previous.roundItems.getValue());
    }

    private void refreshItemChoices() {
        Map<String, String> before = itemLabels;
        Set<String> selected = roundItems.getValue();
        itemLabels = new LinkedHashMap<>(workshops.votableItems(state.workshop().id()));
        roundItems.setItems(itemLabels.keySet());
        roundItems.setItemLabelGenerator(k -> itemLabels.getOrDefault(k, k));
        select(before, selected);
    }

    /** New ideas are picked by default; what the facilitator unticked stays unticked. */
    private void select(Map<String, String> known, Set<String> ticked) {
        Set<String> selected = new LinkedHashSet<>(ticked);
        itemLabels.keySet().stream()
                .filter(k -> !known.containsKey(k))
                .limit(Round.MAX_ITEMS)
                .forEach(selected::add);
        selected.retainAll(itemLabels.keySet());
        roundItems.setValue(selected);
    }

    private void startRound() {
        Map<String, HasValidation> fields = Map.of("items", roundItems, "dots", dotsField, "duration", minutesField);
        FieldErrors.clear(fields);
        try {
            List<String> keys = itemLabels.keySet().stream()
                    .filter(roundItems.getValue()::contains)
                    .toList();
            int dots = dotsField.getValue() == null ? 0 : dotsField.getValue();
            int minutes = minutesField.getValue() == null ? 0 : minutesField.getValue();
            state.showRound(workshops.startRound(state.workshop().id(), keys, dots, Duration.ofMinutes(minutes)));
        } catch (UserFacingException ex) {
            FieldErrors.show(ex, fields, this);
        }
    }
}
