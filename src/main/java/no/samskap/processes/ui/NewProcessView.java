package no.samskap.processes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.samskap.map.DrawMode;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.processes.PhaseInput;
import no.samskap.processes.PhaseKind;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;

/** "New process": title, description, a template whose phases the official adjusts, and an optional area. */
@Route("processes/new")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class NewProcessView extends VerticalLayout implements HasDynamicTitle {

    /** One phase's fields. */
    private final class PhaseRow extends HorizontalLayout {
        final PhaseKind kind;
        final TextField name = new TextField(getTranslation("phase.name"));
        final DatePicker start = new DatePicker(getTranslation("phase.starts"));
        final DatePicker end = new DatePicker(getTranslation("phase.ends"));
        final CheckboxGroup<PhaseAction> actions = new CheckboxGroup<>(getTranslation("phase.actions"));

        PhaseRow(PhaseInput phase) {
            kind = phase.kind();
            name.setPlaceholder(getTranslation(kind.messageKey()));
            name.setValue(phase.name() == null ? "" : phase.name());
            name.setMaxLength(120);
            start.setValue(phase.startsOn());
            end.setValue(phase.endsOn());
            start.setLocale(getLocale());
            end.setLocale(getLocale());
            actions.setItems(PhaseAction.values());
            actions.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
            actions.setValue(
                    phase.actions().isEmpty() ? EnumSet.noneOf(PhaseAction.class) : EnumSet.copyOf(phase.actions()));
            Button remove = new Button(getTranslation("phase.remove"), e -> {
                rows.remove(this);
                phaseList.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            addClassName("samskap-phase-row");
            // What the phase is, in words, before its fields (the name field's placeholder is no label).
            Span what = new Span(getTranslation(kind.messageKey()));
            what.addClassName("samskap-phase-kind");
            what.setWidthFull();
            add(what, name, start, end, actions, remove);
        }

        PhaseInput value() {
            return new PhaseInput(kind, name.getValue(), start.getValue(), end.getValue(), actions.getValue());
        }
    }

    private final ProcessService processes;
    private final Municipality municipality;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<ProcessTemplate> template = new Select<>();
    private final Div phaseList = new Div();
    private final Paragraph phaseError = new Paragraph();
    private final Paragraph areaError = new Paragraph();
    private final List<PhaseRow> rows = new ArrayList<>();
    private final LeafletMap map;
    private String drawnArea;

    public NewProcessView(ProcessService processes, SelectedMunicipality selected, Maps maps) {
        this.processes = processes;
        this.municipality = selected.municipality();
        title.setLabel(getTranslation("process.title"));
        title.setMaxLength(120);
        title.setWidth("32rem");
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("process.description"));
        description.setHelperText(getTranslation("process.description-help"));
        description.setWidth("32rem");
        description.setMinHeight("8em");
        template.setLabel(getTranslation("process.template"));
        template.setItems(ProcessTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showPhases(processes.template(e.getValue()));
            }
        });
        for (Paragraph error : List.of(phaseError, areaError)) {
            error.getElement().setAttribute("role", "alert");
            error.addClassName("samskap-error");
            error.setVisible(false);
        }

        Button addPhase = new Button(getTranslation("phase.add"), e -> {
            List<PhaseInput> current = rows.stream().map(PhaseRow::value).toList();
            LocalDate from = current.isEmpty() || current.getLast().endsOn() == null
                    ? LocalDate.now()
                    : current.getLast().endsOn().plusDays(1);
            addRow(new PhaseInput(PhaseKind.OTHER, "", from, from.plusWeeks(2), EnumSet.of(PhaseAction.COMMENT)));
        });

        map = maps.create();
        map.setWidthFull();
        map.setHeight("22rem");
        map.setAriaLabel(getTranslation("process.area-map"));
        map.setView(municipality.centreLat(), municipality.centreLon(), municipality.zoom());
        map.setGeoJsonLayer("boundary", municipality.boundaryGeoJson(), new LayerStyle("#374151", 2, 0.0, false));
        map.setDrawMode(DrawMode.POLYGON);
        map.addShapeDrawnListener(e -> drawnArea = e.getGeoJson());
        Button clear = new Button(getTranslation("workshop.clear-area"), e -> {
            drawnArea = null;
            map.clearDrawnShape();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);

        Button create = new Button(getTranslation("process.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);

        add(
                new H1(getTranslation("process.new")),
                title,
                description,
                template,
                new H2(getTranslation("process.phases")),
                new Paragraph(getTranslation("process.phases-help")),
                phaseList,
                phaseError,
                addPhase,
                new H2(getTranslation("process.area")),
                new Paragraph(getTranslation("process.area-help")),
                map,
                clear,
                areaError,
                create);
        template.setValue(ProcessTemplate.PARTICIPATORY_BUDGET);
    }

    private void showPhases(List<PhaseInput> phases) {
        rows.clear();
        phaseList.removeAll();
        phases.forEach(this::addRow);
    }

    private void addRow(PhaseInput phase) {
        PhaseRow row = new PhaseRow(phase);
        rows.add(row);
        phaseList.add(row);
    }

    private void create() {
        Map<String, TextField> fields = Map.of("title", title);
        FieldErrors.clear(fields);
        description.setInvalid(false);
        phaseError.setVisible(false);
        areaError.setVisible(false);
        ProcessInput input = new ProcessInput(
                title.getValue(),
                description.getValue(),
                drawnArea,
                template.getValue(),
                rows.stream().map(PhaseRow::value).toList());
        ProcessId id;
        try {
            id = processes.create(municipality.id(), input);
        } catch (UserFacingException ex) {
            String message = getTranslation(ex.messageKey(), ex.arguments());
            if ("phases".equals(ex.field())) {
                phaseError.setText(message);
                phaseError.setVisible(true);
            } else if ("area".equals(ex.field())) {
                areaError.setText(message);
                areaError.setVisible(true);
            } else if ("description".equals(ex.field())) {
                description.setErrorMessage(message);
                description.setInvalid(true);
            } else {
                FieldErrors.show(ex, fields, this);
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ProcessView.class, new RouteParameters("id", id.toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("process.new") + " – Samskap";
    }
}
