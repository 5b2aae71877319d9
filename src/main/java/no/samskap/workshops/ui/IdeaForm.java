package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import no.samskap.map.DrawMode;
import no.samskap.map.LeafletMap;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.GeoJson;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.WorkshopService;
import org.locationtech.jts.geom.Point;

/** A participant's new idea: the text, and a place clicked on the map (or its centre). */
class IdeaForm extends VerticalLayout {

    private final WorkshopService workshops;
    private final RoomState state;
    private final ParticipantId participant;
    private final LeafletMap map;
    private final TextArea ideaText = new TextArea();
    private final Paragraph ideaLocationNote = new Paragraph();
    private double[] ideaLocation;

    IdeaForm(WorkshopService workshops, RoomState state, ParticipantId participant, LeafletMap map) {
        this.workshops = workshops;
        this.state = state;
        this.participant = participant;
        this.map = map;
        setPadding(false);
        setSpacing(false);
        ideaText.setLabel(getTranslation("workshop.idea"));
        ideaText.setMaxLength(Pin.MAX_TEXT);
        ideaText.setWidthFull();
        ideaLocationNote.setText(getTranslation("workshop.idea-where"));
        ideaLocationNote.addClassName("samskap-hint");
        ideaLocationNote.getElement().setAttribute("aria-live", "polite");
        map.setDrawMode(DrawMode.POINT);
        map.addShapeDrawnListener(e -> {
            try {
                Point p = (Point) GeoJson.parse(e.getGeoJson());
                ideaLocation = new double[] {p.getY(), p.getX()};
                ideaLocationNote.setText(getTranslation("workshop.idea-located"));
            } catch (RuntimeException ex) {
                ideaLocation = null;
            }
        });
        Button place = new Button(getTranslation("workshop.place-idea"), e -> placeIdea());
        place.addThemeVariants(ButtonVariant.PRIMARY);
        Button centre = new Button(getTranslation("workshop.idea-at-centre"), e -> map.placePointAtCentre());
        centre.addThemeVariants(ButtonVariant.TERTIARY);
        add(ideaText, ideaLocationNote, new HorizontalLayout(place, centre));
    }

    /** Keeps what the user typed in the form this one replaces, as the room is shown again. */
    void carryOver(IdeaForm previous) {
        ideaText.setValue(previous.ideaText.getValue());
    }

    private void placeIdea() {
        Map<String, TextArea> fields = Map.of("text", ideaText);
        FieldErrors.clear(fields);
        if (ideaLocation == null) {
            ideaLocationNote.setText(getTranslation("workshop.idea-no-location"));
            ideaLocationNote.addClassName("samskap-error");
            return;
        }
        try {
            Pin pin = workshops.placePin(
                    state.workshop().id(), participant, ideaLocation[0], ideaLocation[1], ideaText.getValue());
            state.putPin(pin);
            ideaText.clear();
            ideaLocation = null;
            map.clearDrawnShape();
            ideaLocationNote.removeClassName("samskap-error");
            ideaLocationNote.setText(getTranslation("workshop.idea-placed"));
        } catch (UserFacingException ex) {
            if ("location".equals(ex.field())) {
                ideaLocationNote.setText(getTranslation(ex.messageKey(), ex.arguments()));
                ideaLocationNote.addClassName("samskap-error");
            } else {
                FieldErrors.show(ex, fields, this);
            }
        }
    }
}
