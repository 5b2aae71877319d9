package no.samskap.workshops.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.live.LiveUpdates;
import no.samskap.live.Presence;
import no.samskap.live.PresenceAvatars;
import no.samskap.live.Visitor;
import no.samskap.map.DrawMode;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.GeoJson;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.locationtech.jts.geom.Point;

/**
 * A workshop room: the shared map with the area, proposals and ideas, who is here, "follow me",
 * idea pins, timed dot-voting rounds with live results, and (at the end) the results as CSV.
 * Everything others do arrives live; what the user does goes through the service, which checks it.
 */
@Route("workshops/:id")
@AnonymousAllowed
public class WorkshopRoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final LiveUpdates live;
    private final Presence presence;
    private final Maps maps;
    private final no.samskap.identity.CurrentUser currentUser;
    private final List<Registration> registrations = new ArrayList<>();

    private WorkshopDetails workshop;
    private ParticipantId participant;
    private boolean manager;
    private final List<Pin> pins = new ArrayList<>();
    private Round round;
    private Map<String, Integer> myDots = Map.of();

    private LeafletMap map;
    private final UnorderedList ideaList = new UnorderedList();
    private final TextArea ideaText = new TextArea();
    private final Paragraph ideaLocationNote = new Paragraph();
    private double[] ideaLocation;
    private final VerticalLayout roundPanel = new VerticalLayout();
    private final RoundResults results = new RoundResults();
    // A toggle button (aria-pressed), not a checkbox: "Follow me" is something the facilitator does.
    private final Button followMe = new Button();
    private boolean followMeOn;
    private final Div followStatus = new Div();
    private final CheckboxGroup<String> roundItems = new CheckboxGroup<>();
    private final IntegerField dotsField = new IntegerField();
    private final IntegerField minutesField = new IntegerField();
    private Map<String, String> itemLabels = Map.of();
    private boolean following = true;
    private FacilitatorView facilitatorView;
    private double[] myCentre;
    private int myZoom;

    public WorkshopRoomView(WorkshopService workshops, LiveUpdates live, Presence presence, Maps maps,
            no.samskap.identity.CurrentUser currentUser) {
        this.workshops = workshops;
        this.live = live;
        this.presence = presence;
        this.maps = maps;
        this.currentUser = currentUser;
        addClassName("samskap-workshop");
        setWidthFull();
        // Once, here: the button outlives re-renders, and a second listener would undo the first.
        followMe.addClickListener(e -> {
            double[] centre = myCentre != null ? myCentre : WorkshopMaps.centre(workshop);
            int zoom = myCentre != null ? myZoom : WorkshopMaps.ZOOM;
            boolean on = !followMeOn;
            try {
                workshops.shareView(workshop.id(), new FacilitatorView(centre[0], centre[1], zoom, on));
                showFollowMe(on);
            } catch (UserFacingException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.arguments()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkshopId id = event.getRouteParameters().get("id").flatMap(WorkshopId::parse)
                .orElseThrow(NotFoundException::new);
        try {
            manager = workshops.canManage(id);
            participant = WorkshopSession.participant(id, workshops).orElse(null);
            if (participant == null && !manager) {
                Notification.show(getTranslation("workshop.join-first"), 5000, Notification.Position.MIDDLE);
                event.forwardTo(JoinView.class);
                return;
            }
            workshop = workshops.details(id, participant);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        facilitatorView = workshops.sharedView(id).orElse(null);
        render();
    }

    private Visitor visitor() {
        if (currentUser.get().isPresent()) {
            return currentUser.visitor();
        }
        return new Visitor("guest:" + participant, guestName(), true);
    }

    private String guestName() {
        return WorkshopSession.name(workshop.id()).orElse(getTranslation("presence.guest"));
    }

    // ---- layout ----------------------------------------------------------------------------

    private void render() {
        removeAll();
        pins.clear();
        pins.addAll(workshop.pins());
        round = workshop.rounds().isEmpty() ? null : workshop.rounds().getLast();
        myDots = round != null && participant != null ? workshops.myDots(round.id(), participant) : Map.of();

        H1 title = new H1(workshop.title());
        Span state = new Span(getTranslation("workshop.state." + workshop.state().name().toLowerCase(Locale.ROOT)));
        state.getElement().getThemeList().add(workshop.isOpen() ? "badge success" : "badge contrast");
        HorizontalLayout heading = new HorizontalLayout(title, state);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);

        Paragraph code = new Paragraph();
        code.addClassName("samskap-join-info");
        Span codeLabel = new Span(getTranslation("workshop.join-code") + ": ");
        Span codeValue = new Span(workshop.joinCode());
        codeValue.addClassName("samskap-join-code-value");
        Anchor link = new Anchor("workshops/join/" + workshop.joinCode(), getTranslation("workshop.join-link"));
        code.add(codeLabel, codeValue, new Span(" · "), link);
        if (manager) {
            Anchor projector = new Anchor("workshops/" + workshop.id() + "/projector", getTranslation("workshop.projector"));
            projector.setTarget("_blank");
            code.add(new Span(" · "), projector);
        }

        map = maps.create();
        map.setAriaLabel(getTranslation("workshop.map", workshop.title()));
        WorkshopMaps.showArea(map, workshop);
        map.setFeatures(WorkshopMaps.features(workshop, pins));
        map.addViewportChangeListener(e -> {
            myCentre = new double[] {e.getCentreLat(), e.getCentreLon()};
            myZoom = e.getZoom();
            if (manager && followMeOn) {
                workshops.shareView(workshop.id(), new FacilitatorView(e.getCentreLat(), e.getCentreLon(), e.getZoom(), true));
            } else if (!manager && e.isByUser() && following && isFollowMeOn()) {
                following = false;
                renderFollowStatus();
            }
        });
        map.addFeatureClickListener(e -> highlight(e.getFeatureId()));

        VerticalLayout side = new VerticalLayout();
        side.setPadding(false);
        side.addClassName("samskap-workshop-side");
        side.add(new H2(getTranslation("workshop.participants")),
                new PresenceAvatars(presence, "workshop:" + workshop.id(), visitor()));
        side.add(followSection());
        if (workshop.isOpen() && participant != null) {
            side.add(ideaForm());
        }
        side.add(new H2(getTranslation("workshop.ideas")), ideaList);
        renderIdeas();
        side.add(new H2(getTranslation("workshop.voting")));
        if (manager && workshop.isOpen()) {
            side.add(roundControls());
        }
        roundPanel.setPadding(false);
        side.add(roundPanel, results);
        renderRound();
        side.add(endSection());

        HorizontalLayout body = new HorizontalLayout(map, side);
        body.addClassName("samskap-workshop-body");
        body.setWidthFull();
        add(heading, code, body);
    }

    private com.vaadin.flow.component.Component followSection() {
        Div section = new Div();
        section.addClassName("samskap-follow");
        if (manager) {
            followMe.setText(getTranslation("workshop.follow-me"));
            followMe.setIcon(VaadinIcon.CROSSHAIRS.create());
            followMe.addClassName("samskap-follow-me");
            followMe.setEnabled(workshop.isOpen());
            showFollowMe(facilitatorView != null && facilitatorView.followMe());
            Span help = new Span(getTranslation("workshop.follow-me-help"));
            help.addClassName("samskap-hint");
            section.add(followMe, help);
        } else {
            section.add(followStatus);
            renderFollowStatus();
            if (isFollowMeOn()) {
                applyFacilitatorView();
            }
        }
        return section;
    }

    private void showFollowMe(boolean on) {
        followMeOn = on;
        followMe.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            followMe.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            followMe.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    private boolean isFollowMeOn() {
        return facilitatorView != null && facilitatorView.followMe() && workshop.isOpen();
    }

    private void renderFollowStatus() {
        followStatus.removeAll();
        if (!isFollowMeOn()) {
            return;
        }
        if (following) {
            Span status = new Span(getTranslation("workshop.following"));
            status.getElement().setAttribute("role", "status");
            followStatus.add(status);
        } else {
            Button again = new Button(getTranslation("workshop.follow-again"), e -> {
                following = true;
                renderFollowStatus();
                applyFacilitatorView();
            });
            again.addThemeVariants(ButtonVariant.SMALL);
            followStatus.add(new Span(getTranslation("workshop.not-following") + " "), again);
        }
    }

    private void applyFacilitatorView() {
        if (facilitatorView != null && map != null) {
            map.setView(facilitatorView.lat(), facilitatorView.lon(), facilitatorView.zoom());
        }
    }

    // ---- ideas -----------------------------------------------------------------------------

    private com.vaadin.flow.component.Component ideaForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setSpacing(false);
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
        form.add(ideaText, ideaLocationNote, new HorizontalLayout(place, centre));
        return form;
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
            Pin pin = workshops.placePin(workshop.id(), participant, ideaLocation[0], ideaLocation[1], ideaText.getValue());
            addPin(pin);
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

    private void addPin(Pin pin) {
        pins.removeIf(p -> p.id().equals(pin.id()));
        pins.add(pin);
        map.putFeature(WorkshopMaps.feature(pin));
        renderIdeas();
        refreshItemChoices();
    }

    private void renderIdeas() {
        ideaList.removeAll();
        ideaList.getElement().setAttribute("aria-label", getTranslation("workshop.ideas"));
        if (pins.isEmpty()) {
            ideaList.add(new ListItem(getTranslation("workshop.no-ideas")));
        }
        for (Pin pin : pins) {
            ListItem item = new ListItem();
            item.addClassName("samskap-idea");
            item.getElement().setAttribute("data-id", pin.itemKey());
            Span text = new Span(pin.text());
            text.addClassName("samskap-idea-text");
            Span by = new Span(" — " + pin.authorName() + (pin.guest() ? " (" + getTranslation("presence.guest") + ")" : ""));
            by.addClassName("samskap-idea-author");
            item.add(text, by);
            if (pin.proposal() != null) {
                item.add(new Span(" · "), new Anchor("proposals/" + pin.proposal(), getTranslation("workshop.draft-link")));
            } else if (manager) {
                Button convert = new Button(getTranslation("workshop.make-draft"), e -> openConvert(pin));
                convert.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                convert.setAriaLabel(getTranslation("workshop.make-draft-of", pin.text()));
                item.add(convert);
            }
            ideaList.add(item);
        }
    }

    private void highlight(String featureId) {
        ideaList.getChildren().forEach(c -> c.getElement().getClassList().set("samskap-highlight",
                featureId.equals(c.getElement().getAttribute("data-id"))));
    }

    private void openConvert(Pin pin) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workshop.make-draft"));
        TextField title = new TextField(getTranslation("proposal.title"));
        title.setMaxLength(120);
        title.setWidthFull();
        title.setValue(pin.text().length() > 120 ? pin.text().substring(0, 119) + "…" : pin.text());
        ComboBox<Category> category = new ComboBox<>(getTranslation("proposal.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setWidthFull();
        Button create = new Button(getTranslation("workshop.make-draft"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("title", title, "category", category);
            FieldErrors.clear(fields);
            try {
                String description = getTranslation("workshop.draft-description", workshop.title(), pin.authorName(),
                        pin.text());
                ProposalId id = workshops.convertPin(workshop.id(), pin.id(), category.getValue(), title.getValue(),
                        description);
                dialog.close();
                Notification.show(getTranslation("workshop.draft-made"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                addPin(pin.withProposal(id));
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(title, category));
        dialog.getFooter().add(new Button(getTranslation("workshop.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    // ---- voting rounds ---------------------------------------------------------------------

    private com.vaadin.flow.component.Component roundControls() {
        VerticalLayout controls = new VerticalLayout();
        controls.setPadding(false);
        roundItems.setLabel(getTranslation("workshop.round.items"));
        roundItems.addClassName("samskap-round-items");
        dotsField.setLabel(getTranslation("workshop.round.dots"));
        dotsField.setMin(1);
        dotsField.setMax(Round.MAX_DOTS);
        if (dotsField.isEmpty()) {
            dotsField.setValue(3);
        }
        dotsField.setStepButtonsVisible(true);
        minutesField.setLabel(getTranslation("workshop.round.minutes"));
        minutesField.setMin(1);
        minutesField.setMax(60);
        if (minutesField.isEmpty()) {
            minutesField.setValue(2);
        }
        minutesField.setStepButtonsVisible(true);
        refreshItemChoices();
        Button start = new Button(getTranslation("workshop.round.start"), e -> startRound());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("samskap-start-round");
        Button end = new Button(getTranslation("workshop.round.end"), e -> {
            if (round != null && round.open()) {
                workshops.endRound(workshop.id(), round.id());
            }
        });
        end.addClassName("samskap-end-round");
        HorizontalLayout numbers = new HorizontalLayout(dotsField, minutesField);
        controls.add(roundItems, numbers, new HorizontalLayout(start, end));
        return controls;
    }

    private void refreshItemChoices() {
        if (!manager || !workshop.isOpen()) {
            return;
        }
        Map<String, String> before = itemLabels;
        var selected = new java.util.LinkedHashSet<>(roundItems.getValue());
        itemLabels = new LinkedHashMap<>(workshops.votableItems(workshop.id()));
        roundItems.setItems(itemLabels.keySet());
        roundItems.setItemLabelGenerator(k -> itemLabels.getOrDefault(k, k));
        // New ideas are picked by default; what the facilitator unticked stays unticked.
        itemLabels.keySet().stream().filter(k -> !before.containsKey(k)).limit(Round.MAX_ITEMS).forEach(selected::add);
        selected.retainAll(itemLabels.keySet());
        roundItems.setValue(selected);
    }

    private void startRound() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("items", roundItems, "dots", dotsField,
                "duration", minutesField);
        FieldErrors.clear(fields);
        try {
            List<String> keys = itemLabels.keySet().stream().filter(roundItems.getValue()::contains).toList();
            int dots = dotsField.getValue() == null ? 0 : dotsField.getValue();
            int minutes = minutesField.getValue() == null ? 0 : minutesField.getValue();
            showRound(workshops.startRound(workshop.id(), keys, dots, Duration.ofMinutes(minutes)));
        } catch (UserFacingException ex) {
            FieldErrors.show(ex, fields, this);
        }
    }

    private void showRound(Round r) {
        if (!r.isNewerThan(round)) {
            return; // a late event of an earlier state, e.g. the previous round's end from another node
        }
        if (round == null || !round.id().equals(r.id())) {
            myDots = Map.of();
        }
        round = r;
        renderRound();
    }

    private void renderRound() {
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
            Button minus = new Button("−", e -> dots(item.key(), mine - 1));
            minus.setAriaLabel(getTranslation("workshop.round.remove-dot", item.label()));
            minus.setEnabled(mine > 0);
            Button plus = new Button("+", e -> dots(item.key(), mine + 1));
            plus.setAriaLabel(getTranslation("workshop.round.add-dot", item.label()));
            plus.setEnabled(used < round.dots());
            HorizontalLayout row = new HorizontalLayout(minus, count, plus, label);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("samskap-round-item");
            roundPanel.add(row);
        }
    }

    private void dots(String itemKey, int count) {
        try {
            myDots = workshops.setDots(workshop.id(), round.id(), participant, itemKey, count);
            renderRound();
        } catch (UserFacingException ex) {
            // E.g. the round ended a moment ago: say so, and show the room as it is now.
            Notification.show(getTranslation(ex.messageKey(), ex.arguments()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            reload();
        }
    }

    // ---- the end ---------------------------------------------------------------------------

    private com.vaadin.flow.component.Component endSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (manager && workshop.isOpen()) {
            Button end = new Button(getTranslation("workshop.end"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("workshop.end"),
                        getTranslation("workshop.end-confirm"), getTranslation("workshop.end"),
                        c -> workshops.end(workshop.id()), getTranslation("workshop.cancel"), c -> { });
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            end.addThemeVariants(ButtonVariant.ERROR);
            section.add(end);
        }
        if (manager || !workshop.isOpen()) {
            WorkshopId id = workshop.id();
            ParticipantId me = participant;
            String fileName = "workshop-" + workshop.joinCode() + ".csv";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                // A byte-order mark, so spreadsheet programs read æ, ø and å correctly.
                byte[] csv = ("\uFEFF" + workshops.resultsCsv(id, me)).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length);
            }), getTranslation("workshop.download"));
            download.getElement().setAttribute("download", fileName);
            section.add(download);
        }
        return section;
    }

    // ---- live ------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        if (workshop == null) {
            return;
        }
        WorkshopId id = workshop.id();
        UI ui = event.getUI();
        registrations.add(live.subscribe(ui, WorkshopEvent.class, e -> e.workshop().equals(id), this::onEvent));
        registrations.add(live.onResync(ui, this::reload));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void onEvent(WorkshopEvent event) {
        switch (event) {
            case WorkshopEvent.PinPlaced e -> addPin(e.pin());
            case WorkshopEvent.PinConverted e -> pins.stream().filter(p -> p.id().equals(e.pin())).findFirst()
                    .ifPresent(p -> addPin(p.withProposal(e.proposal())));
            case WorkshopEvent.RoundChanged e -> showRound(e.round());
            case WorkshopEvent.DotsChanged e -> {
                if (round != null && round.id().equals(e.round())) {
                    round = round.withTotals(e.totals(), e.version());
                    results.show(round);
                }
            }
            case WorkshopEvent.ViewMoved e -> {
                boolean wasOn = isFollowMeOn();
                facilitatorView = e.view();
                if (!manager) {
                    if (!wasOn && isFollowMeOn()) {
                        following = true; // a new "follow me" asks everyone again
                    }
                    renderFollowStatus();
                    if (following && isFollowMeOn()) {
                        applyFacilitatorView();
                    }
                } else {
                    showFollowMe(e.view().followMe());
                }
            }
            case WorkshopEvent.Ended e -> reload();
            default -> { }
        }
    }

    private void reload() {
        try {
            workshop = workshops.details(workshop.id(), participant);
            facilitatorView = workshops.sharedView(workshop.id()).orElse(null);
            render();
        } catch (AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.navigate(WorkshopsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return (workshop == null ? getTranslation("workshop.heading") : workshop.title()) + " – Samskap";
    }
}
