package no.samskap.proposals.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalIndicator;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.PersonName;

/** All proposals as a list with filters: the full keyboard-friendly alternative to the map. */
@Route("proposals")
@Menu(order = 1, title = "menu.proposals")
@AnonymousAllowed
public class ProposalListView extends VerticalLayout implements HasDynamicTitle {

    private final ProposalService proposals;
    private final LiveUpdates live;
    private final Municipality municipality;
    private final TextField text = new TextField();
    private final Select<Category> category = new Select<>();
    private final Select<ProposalState> state = new Select<>();
    private final Select<Municipality.District> district = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Grid<ProposalSummary> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final List<ProposalIndicator> indicators;
    // Indicator values for the rows fetched last, filled one page at a time.
    private final Map<ProposalId, List<String>> indicatorValues = new ConcurrentHashMap<>();
    private final List<Registration> liveRegistrations = new ArrayList<>();

    public ProposalListView(
            ProposalService proposals,
            SelectedMunicipality selected,
            CurrentUser currentUser,
            LiveUpdates live,
            List<ProposalIndicator> indicators) {
        this.proposals = proposals;
        this.indicators = indicators.stream()
                .sorted(Comparator.comparingInt(ProposalIndicator::order))
                .toList();
        this.live = live;
        this.municipality = selected.municipality();
        setSizeFull();

        text.setLabel(getTranslation("list.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        category.setLabel(getTranslation("proposal.category"));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("list.all"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("list.all") : getTranslation(c.messageKey()));
        state.setLabel(getTranslation("list.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("list.all"));
        state.setItems(ProposalState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("list.all") : getTranslation(s.messageKey()));
        district.setLabel(getTranslation("list.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("list.all"));
        district.setItems(municipality.districts());
        district.setItemLabelGenerator(d -> d == null ? getTranslation("list.all") : d.name());
        mine.setLabel(getTranslation("list.mine"));
        mine.setVisible(currentUser.get().isPresent());

        HorizontalLayout filters = new HorizontalLayout(text, category, state, district, mine);
        filters.addClassName("samskap-toolbar");
        filters.setWidthFull();

        grid.addComponentColumn(p -> new Anchor("proposals/" + p.id(), p.title()))
                .setHeader(getTranslation("proposal.title"))
                .setFlexGrow(3);
        grid.addComponentColumn(p -> ProposalUi.categoryBadge(p.category(), this))
                .setHeader(getTranslation("proposal.category"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.state().messageKey())).setHeader(getTranslation("list.state"));
        grid.addColumn(p -> p.districtName() == null ? "" : p.districtName())
                .setHeader(getTranslation("list.district"));
        grid.addColumn(p -> p.organisation() != null
                        ? p.organisation()
                        : PersonName.shown(p.authorName(), k -> getTranslation(k)))
                .setHeader(getTranslation("list.author"));
        grid.addColumn(p -> ProposalUi.date(p.submittedAt() != null ? p.submittedAt() : p.createdAt(), getLocale()))
                .setHeader(getTranslation("list.date"));
        for (int i = 0; i < this.indicators.size(); i++) {
            int index = i;
            grid.addColumn(p -> indicatorValues.getOrDefault(p.id(), List.of()).stream()
                            .skip(index)
                            .findFirst()
                            .orElse(""))
                    .setHeader(this.indicators.get(i).header(getLocale()));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("list.grid-label"));
        count.getElement().setAttribute("role", "status");
        count.addClassName("samskap-list-count");

        text.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());

        add(new H1(getTranslation("list.heading")), filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private ProposalQuery query() {
        Municipality.District d = district.getValue();
        return new ProposalQuery(
                municipality.id(),
                category.getValue(),
                state.getValue(),
                d == null ? null : d.id(),
                text.getValue(),
                mine.getValue());
    }

    private void refresh() {
        ProposalQuery q = query();
        showCount(q);
        grid.setItems(
                query ->
                        withIndicators(proposals
                                        .search(q, query.getPage(), query.getPageSize())
                                        .getContent())
                                .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, proposals.count(q)));
    }

    private void showCount(ProposalQuery q) {
        count.setText(getTranslation("list.count", proposals.count(q)));
    }

    /** Something in the municipality changed: the rows, their figures and the count may differ. */
    private void changed() {
        showCount(query());
        grid.getDataProvider().refreshAll();
    }

    private List<ProposalSummary> withIndicators(List<ProposalSummary> page) {
        List<ProposalId> ids = page.stream().map(ProposalSummary::id).toList();
        List<Map<ProposalId, String>> perIndicator =
                indicators.stream().map(i -> i.values(ids, getLocale())).toList();
        for (ProposalId id : ids) {
            indicatorValues.put(
                    id, perIndicator.stream().map(v -> v.getOrDefault(id, "")).toList());
        }
        return page;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Events that change which rows there are (new, answered, hidden) recount; those the indicator
        // columns name (a vote) only refresh the rows' figures.
        for (Class<? extends LiveEvent> type :
                List.of(ProposalSubmitted.class, ProposalAnswered.class, ProposalHidden.class)) {
            liveRegistrations.add(live.subscribe(
                    event.getUI(), type, e -> e.municipality().equals(municipality.id()), e -> changed()));
        }
        Set<Class<? extends LiveEvent>> figures = new LinkedHashSet<>();
        indicators.forEach(i -> figures.addAll(i.changedBy()));
        for (Class<? extends LiveEvent> type : figures) {
            liveRegistrations.add(live.subscribe(
                    event.getUI(),
                    type,
                    e -> e.municipality().equals(municipality.id()),
                    e -> grid.getDataProvider().refreshAll()));
        }
        liveRegistrations.add(live.onResync(event.getUI(), this::changed));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        liveRegistrations.forEach(Registration::remove);
        liveRegistrations.clear();
    }

    /** For tests: the proposals the grid would show first. */
    List<ProposalSummary> firstPage() {
        return proposals.search(query(), 0, 50).getContent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list.heading") + " – Samskap";
    }
}
