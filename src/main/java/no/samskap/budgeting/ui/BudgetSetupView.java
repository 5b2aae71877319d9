package no.samskap.budgeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samskap.budgeting.BallotItem;
import no.samskap.budgeting.Budget;
import no.samskap.budgeting.BudgetService;
import no.samskap.budgeting.BudgetSetup;
import no.samskap.budgeting.Receipt;
import no.samskap.municipality.Municipality;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;
import no.samskap.voting.StakeholderType;

/** An official sets a process's budget and rules, puts proposals on the ballot at a cost, and enters paper ballots. */
@Route("processes/:id/budget")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class BudgetSetupView extends ProcessPage {

    private final BudgetService budgets;
    private final BudgetSetup setup;
    private final ProcessService processes;
    private final ProposalService proposals;
    private ProcessDetails process;

    public BudgetSetupView(
            BudgetService budgets, BudgetSetup setup, ProcessService processes, ProposalService proposals) {
        this.budgets = budgets;
        this.setup = setup;
        this.processes = processes;
        this.proposals = proposals;
    }

    @Override
    protected void enter() {
        process = processes.find(id).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        content.removeAll();
        Optional<Budget> budget = budgets.budget(id);
        content.add(new H1(getTranslation("budget.heading", process.title())));
        content.add(new Paragraph(new Anchor("processes/" + id, getTranslation("ballot.back-to-process"))));

        NumberField total = new NumberField(getTranslation("budget.total"));
        total.setHelperText(getTranslation("budget.total-help"));
        total.setStep(1);
        total.setMin(0);
        IntegerField min = new IntegerField(getTranslation("budget.min-projects"));
        IntegerField max = new IntegerField(getTranslation("budget.max-projects"));
        IntegerField share = new IntegerField(getTranslation("budget.min-share"));
        budget.ifPresent(b -> {
            total.setValue((double) b.totalNok());
            min.setValue(b.minProjects());
            max.setValue(b.maxProjects());
            share.setValue(b.minSharePercent());
        });
        Map<String, HasValidation> fields =
                Map.of("total", total, "minProjects", min, "maxProjects", max, "minShare", share);
        Button save = new Button(getTranslation("budget.save"), e -> {
            FieldErrors.clear(fields);
            try {
                setup.setBudget(
                        id,
                        total.getValue() == null ? null : Math.round(total.getValue()),
                        min.getValue(),
                        max.getValue(),
                        share.getValue());
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, fields, this);
                return;
            }
            Notification.show(getTranslation("budget.saved"));
            render();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout rules = new HorizontalLayout(total, min, max, share);
        rules.setWrap(true);
        content.add(new H2(getTranslation("budget.money")), rules, save);

        if (budget.isEmpty()) {
            return;
        }
        districtShares(budget.get());
        content.add(new H2(getTranslation("budget.ballot")));
        Grid<BallotItem> grid = new Grid<>();
        grid.addColumn(BallotItem::title)
                .setHeader(getTranslation("results.project"))
                .setFlexGrow(3);
        grid.addColumn(i -> Money.nok(i.costNok(), getLocale())).setHeader(getTranslation("results.cost"));
        grid.addComponentColumn(i -> {
            Button remove = new Button(getTranslation("budget.take-off"), e -> {
                setup.removeFromBallot(id, i.proposal());
                render();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return remove;
        });
        grid.setItems(budget.get().items());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("budget.ballot"));
        content.add(grid);

        ComboBox<ProposalMarker> proposal = new ComboBox<>(getTranslation("budget.proposal"));
        proposal.setItems(proposals.inProcess(id, 500));
        proposal.setItemLabelGenerator(ProposalMarker::title);
        proposal.setWidth("24rem");
        NumberField cost = new NumberField(getTranslation("budget.cost"));
        cost.setStep(1);
        Map<String, HasValidation> itemFields = Map.of("proposal", proposal, "cost", cost);
        Button put = new Button(getTranslation("budget.put-on"), e -> {
            FieldErrors.clear(itemFields);
            if (proposal.getValue() == null) {
                proposal.setErrorMessage(getTranslation("error.field.required"));
                proposal.setInvalid(true);
                return;
            }
            try {
                setup.putOnBallot(
                        id, proposal.getValue().id(), cost.getValue() == null ? null : Math.round(cost.getValue()));
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, itemFields, this);
                return;
            }
            render();
        });
        HorizontalLayout add = new HorizontalLayout(proposal, cost, put);
        add.setAlignItems(Alignment.BASELINE);
        add.setWrap(true);
        content.add(add);

        content.add(new H2(getTranslation("budget.paper")));
        content.add(new Paragraph(getTranslation("budget.paper-help")));
        CheckboxGroup<BallotItem> choices = new CheckboxGroup<>(getTranslation("budget.paper-choices"));
        choices.setItems(budget.get().items());
        choices.setItemLabelGenerator(i -> i.title() + " – " + Money.nok(i.costNok(), getLocale()));
        TextField source = new TextField(getTranslation("budget.paper-source"));
        source.setPlaceholder(getTranslation("budget.paper-source-example"));
        source.setWidth("24rem");
        Select<StakeholderType> who = new Select<>();
        who.setLabel(getTranslation("budget.paper-who"));
        who.setItems(StakeholderType.values());
        who.setItemLabelGenerator(
                s -> getTranslation("budget.stakeholder." + s.name().toLowerCase(Locale.ROOT)));
        who.setValue(StakeholderType.RESIDENT);
        Button enter = new Button(getTranslation("budget.paper-enter"), e -> {
            source.setInvalid(false);
            Receipt receipt;
            try {
                receipt = budgets.enterPaperBallot(
                        id,
                        choices.getValue().stream().map(BallotItem::proposal).toList(),
                        source.getValue(),
                        who.getValue());
            } catch (UserFacingException ex) {
                if ("source".equals(ex.field())) {
                    FieldErrors.show(ex, Map.of("source", source), this);
                    return;
                }
                throw ex;
            }
            // The choices clear for the next ballot; the place stays, as a pile comes from one place.
            choices.clear();
            Notification.show(getTranslation("budget.paper-entered", receipt.reference()));
        });
        content.add(choices, new HorizontalLayout(source, who), enter);
    }

    /** Optionally splits the money among the municipality's districts; empty fields leave a district to the common part. */
    private void districtShares(Budget budget) {
        List<Municipality.District> districts = setup.districts(id);
        if (districts.isEmpty()) {
            return;
        }
        content.add(new H2(getTranslation("budget.districts")));
        content.add(new Paragraph(getTranslation("budget.districts-help")));
        Map<String, NumberField> amounts = new LinkedHashMap<>();
        HorizontalLayout fields = new HorizontalLayout();
        fields.setWrap(true);
        for (Municipality.District d : districts) {
            NumberField amount = new NumberField(d.name());
            amount.setStep(1);
            amount.setMin(0);
            budget.districts().stream()
                    .filter(s -> s.districtId().equals(d.id()))
                    .findFirst()
                    .ifPresent(s -> amount.setValue((double) s.amountNok()));
            amounts.put(d.id(), amount);
            fields.add(amount);
        }
        Paragraph common =
                new Paragraph(getTranslation("budget.districts-common", Money.nok(budget.commonNok(), getLocale())));
        Paragraph problem = new Paragraph();
        problem.addClassName("samskap-error");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("budget.districts-save"), e -> {
            problem.setText("");
            Map<String, Long> shares = new LinkedHashMap<>();
            amounts.forEach((district, field) ->
                    shares.put(district, field.getValue() == null ? null : Math.round(field.getValue())));
            try {
                setup.setDistrictShares(id, shares);
            } catch (UserFacingException ex) {
                if (!"districts".equals(ex.field())) {
                    throw ex;
                }
                // The amounts typed stay in their fields.
                problem.setText(getTranslation(ex.messageKey(), ex.arguments()));
                return;
            }
            Notification.show(getTranslation("budget.districts-saved"));
            render();
        });
        content.add(fields, common, problem, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.title") + " – Samskap";
    }
}
