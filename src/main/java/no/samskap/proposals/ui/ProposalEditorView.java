package no.samskap.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.map.DrawMode;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.Category;
import no.samskap.proposals.MeasureParameters;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.internal.Proposal;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;

/**
 * Drafting a proposal: the fields and a map to draw its place on. English labels
 * "Title", "Description", "Category", "Submit" and "Save draft" are relied on by acceptance tests.
 */
@Route("proposals/new")
@RouteAlias("proposals/:id/edit")
@PermitAll
public class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final SelectedMunicipality selected;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Category> category = new ComboBox<>();
    private final RadioButtonGroup<DrawMode> shape = new RadioButtonGroup<>();
    private final Span placeStatus = new Span();
    private final LeafletMap map;
    private final Map<String, HasValidation> fields;
    private final H1 heading = new H1();
    private final List<MeasureParameters> measureParameters;
    private final FormLayout parameterFields = new FormLayout();
    private final Map<String, NumberField> parameterInputs = new LinkedHashMap<>();
    private ProposalId draftId;
    private Municipality municipality;
    // Set when the proposal is made in a process (?process=<id>); null for the standing, open process.
    private ProcessId process;
    private String geometry;

    public ProposalEditorView(
            ProposalService proposals,
            MunicipalityService municipalities,
            SelectedMunicipality selected,
            Maps maps,
            List<MeasureParameters> measureParameters) {
        this.map = maps.create();
        this.measureParameters = measureParameters;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.selected = selected;
        addClassName("samskap-editor");

        title.setLabel(getTranslation("proposal.title"));
        title.setMaxLength(Proposal.MAX_TITLE);
        title.setRequired(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.EAGER);
        description.setLabel(getTranslation("proposal.description"));
        description.setHelperText(getTranslation("proposal.description.help", Proposal.MAX_DESCRIPTION));
        description.setMaxLength(Proposal.MAX_DESCRIPTION);
        description.setWidthFull();
        description.setMinHeight("8em");
        category.setLabel(getTranslation("proposal.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(
                c -> getTranslation(c.group().name().toLowerCase(Locale.ROOT).transform(g -> "group." + g)) + ": "
                        + getTranslation(c.messageKey()));
        category.setPlaceholder(getTranslation("proposal.category.placeholder"));
        category.setRequiredIndicatorVisible(true);
        category.addValueChangeListener(e -> showParameters(e.getValue(), Map.of()));
        parameterFields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        shape.setLabel(getTranslation("proposal.shape"));
        shape.setItems(DrawMode.POINT, DrawMode.LINE, DrawMode.POLYGON);
        shape.setItemLabelGenerator(
                m -> getTranslation("proposal.shape." + m.name().toLowerCase(Locale.ROOT)));
        shape.setValue(DrawMode.POINT);
        shape.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                geometry = null;
                map.clearDrawnShape();
                map.setDrawMode(e.getValue());
                updatePlaceStatus();
            }
        });
        placeStatus.getElement().setAttribute("role", "status");
        placeStatus.addClassName("samskap-place-status");

        map.setWidthFull();
        map.setDrawMode(DrawMode.POINT);
        map.addShapeDrawnListener(e -> {
            geometry = e.getGeoJson();
            shape.setInvalid(false);
            updatePlaceStatus();
        });

        Button atCentre = new Button(getTranslation("proposal.place-at-centre"), e -> {
            shape.setValue(DrawMode.POINT);
            map.setDrawMode(DrawMode.POINT);
            map.placePointAtCentre();
        });
        atCentre.addThemeVariants(ButtonVariant.SMALL);

        Button submit = new Button(getTranslation("proposal.submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Button saveDraft = new Button(getTranslation("proposal.save-draft"), e -> save(false));
        Button cancel = new Button(getTranslation("proposal.cancel"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(submit, saveDraft, cancel);

        fields = Map.of("title", title, "description", description, "category", category, "geometry", shape);
        VerticalLayout form = new VerticalLayout(
                heading,
                title,
                description,
                category,
                parameterFields,
                shape,
                new Paragraph(getTranslation("proposal.draw-hint")),
                atCentre,
                placeStatus,
                buttons);
        form.addClassName("samskap-form");
        form.setPadding(false);
        // Side by side on wide screens, stacked on phones.
        Div layout = new Div(form, map);
        layout.addClassName("samskap-editor-columns");
        add(layout);
        setAlignItems(FlexComponent.Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        municipality = selected.municipality();
        if (parameters.get("id").isPresent()) {
            draftId = ProposalId.parse(parameters.get("id").get()).orElseThrow(NotFoundException::new);
            ProposalDetails draft = proposals
                    .find(draftId)
                    .filter(d -> proposals.canEdit(draftId))
                    .orElseThrow(NotFoundException::new);
            municipality = municipalities.get(draft.municipality());
            title.setValue(draft.title());
            description.setValue(draft.description());
            category.setValue(draft.category());
            showParameters(draft.category(), draft.parameters());
            geometry = draft.geometryGeoJson();
            DrawMode mode = geometry.contains("\"Polygon\"")
                    ? DrawMode.POLYGON
                    : geometry.contains("\"LineString\"") ? DrawMode.LINE : DrawMode.POINT;
            shape.setValue(mode);
            map.setDrawMode(mode);
            map.setDrawnShape(geometry);
            heading.setText(getTranslation("proposal.edit.heading"));
        } else {
            heading.setText(getTranslation("proposal.new.heading", municipality.name()));
            // The server checks that the process is this municipality's and takes proposals now.
            process = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("process")
                    .flatMap(ProcessId::parse)
                    .orElse(null);
        }
        ProposalUi.showMunicipality(map, municipality, this);
        updatePlaceStatus();
    }

    /** The numeric inputs the category's impact model needs, so the estimate can be computed. */
    private void showParameters(Category chosen, Map<String, Double> values) {
        parameterFields.removeAll();
        parameterInputs.clear();
        if (chosen == null) {
            return;
        }
        for (MeasureParameters source : measureParameters) {
            for (MeasureParameters.Field f : source.fields(chosen)) {
                NumberField field = new NumberField(getTranslation("impact.param." + f.name()));
                field.setMin(f.min());
                field.setMax(f.max());
                field.setValue(values.get(f.name()));
                field.setHelperText(getTranslation("impact.param.range", f.min(), f.max()));
                parameterInputs.put(f.name(), field);
                parameterFields.add(field);
            }
        }
    }

    private void updatePlaceStatus() {
        placeStatus.setText(getTranslation(geometry == null ? "proposal.place.none" : "proposal.place.set"));
    }

    private void save(boolean submit) {
        FieldErrors.clear(fields);
        Map<String, Double> parameters = new HashMap<>();
        parameterInputs.forEach((name, field) -> {
            field.setInvalid(false);
            if (field.getValue() != null) {
                parameters.put(name, field.getValue());
            }
        });
        ProposalInput input = new ProposalInput(
                title.getValue(),
                description.getValue(),
                category.getValue() == null ? null : category.getValue().name(),
                geometry,
                parameters);
        try {
            if (draftId == null) {
                draftId = submit
                        ? proposals.createAndSubmit(municipality.id(), process, input)
                        : proposals.createDraft(municipality.id(), process, input);
            } else if (submit) {
                proposals.updateAndSubmit(draftId, input);
            } else {
                proposals.updateDraft(draftId, input);
            }
        } catch (UserFacingException e) {
            Map<String, HasValidation> all = new HashMap<>(fields);
            all.putAll(parameterInputs);
            FieldErrors.show(e, all, this);
            return;
        }
        Notification.show(
                        getTranslation(submit ? "proposal.submitted" : "proposal.draft-saved"),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        ProposalId saved = draftId;
        getUI().ifPresent(ui -> ui.navigate(ProposalDetailView.class, new RouteParameters("id", saved.toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.new.title") + " – Samskap";
    }
}
