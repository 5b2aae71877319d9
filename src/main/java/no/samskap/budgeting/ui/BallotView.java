package no.samskap.budgeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.budgeting.BallotCounted;
import no.samskap.budgeting.BallotItem;
import no.samskap.budgeting.BasketChanged;
import no.samskap.budgeting.BasketCheck;
import no.samskap.budgeting.Baskets;
import no.samskap.budgeting.Budget;
import no.samskap.budgeting.BudgetService;
import no.samskap.budgeting.Receipt;
import no.samskap.identity.CurrentUser;
import no.samskap.impact.CombinedImpact;
import no.samskap.live.LiveUpdates;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.proposals.ProposalId;
import no.samskap.protection.RateLimitedException;
import no.samskap.shared.PhaseAction;

/**
 * The ballot of a participatory budget: the projects with their cost and effect, a basket whose
 * total runs against the budget and whose combined impact updates as projects go in and out, one
 * confirm step, and a receipt. The unconfirmed basket is kept in the cluster, so the person's other
 * tabs and devices show the same basket and follow each change at once.
 */
@Route("processes/:id/ballot")
@AnonymousAllowed
public class BallotView extends ProcessPage {

    private final BudgetService budgets;
    private final Baskets baskets;
    private final ProcessService processes;
    private final CurrentUser currentUser;
    private final CombinedImpact combinedImpact;
    private final LiveUpdates live;
    // Tells this tab's own changes from those of the person's other tabs.
    private final String tab = UUID.randomUUID().toString();
    private Registration basketChanges;
    private Registration confirmed;
    private ProcessDetails process;
    private Budget budget;
    private Set<ProposalId> basket;
    private Map<ProposalId, Double> tonnes;
    private final Div items = new Div();
    private final Div summary = new Div();
    private CombinedImpact.Panel impact;

    public BallotView(
            BudgetService budgets,
            Baskets baskets,
            ProcessService processes,
            CurrentUser currentUser,
            CombinedImpact combinedImpact,
            LiveUpdates live) {
        this.live = live;
        this.budgets = budgets;
        this.baskets = baskets;
        this.processes = processes;
        this.currentUser = currentUser;
        this.combinedImpact = combinedImpact;
    }

    @Override
    protected void enter() {
        process = processes.find(id).orElseThrow(NotFoundException::new);
        budget = budgets.budget(id).orElseThrow(NotFoundException::new);
        tonnes = budgets.itemTonnes(id);
        show();
    }

    /** The receipt of a confirmed ballot, unless the person is changing it; else the basket. */
    private void show() {
        Optional<Set<ProposalId>> draft = baskets.draft(id);
        basket = new LinkedHashSet<>(draft.orElse(Set.of()));
        Optional<Receipt> mine = budgets.myBallot(id);
        if (mine.isPresent() && draft.isEmpty()) {
            showReceipt(mine.get(), false);
        } else {
            showBasket();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentUser.get().ifPresent(me -> {
            // The person's other tabs: a changed basket, or a confirmed one whose receipt shows here too.
            basketChanges = live.subscribe(
                    attachEvent.getUI(),
                    BasketChanged.class,
                    e -> e.process().equals(id) && e.voter().equals(me.id()) && !tab.equals(e.tab()),
                    e -> show());
            confirmed = live.subscribe(
                    attachEvent.getUI(),
                    BallotCounted.class,
                    e -> e.process().equals(id) && me.id().equals(e.voter()) && !tab.equals(e.tab()),
                    e -> show());
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (basketChanges != null) {
            basketChanges.remove();
            confirmed.remove();
            basketChanges = null;
            confirmed = null;
        }
    }

    // ---- the basket -----------------------------------------------------------------------

    private void showBasket() {
        content.removeAll();
        content.add(new H1(getTranslation("ballot.heading", process.title())));
        content.add(new Paragraph(getTranslation("ballot.intro", Money.nok(budget.totalNok(), getLocale()))));
        String rules = rules();
        if (!rules.isEmpty()) {
            content.add(new Paragraph(rules));
        }
        boolean open =
                process.openPhase().map(p -> p.allows(PhaseAction.BUDGET)).orElse(false);
        boolean signedIn = currentUser.get().isPresent();
        if (!open) {
            content.add(new Paragraph(getTranslation("ballot.not-open")));
        } else if (!signedIn) {
            Paragraph login = new Paragraph(new Anchor("login", getTranslation("ballot.login")));
            content.add(login);
        }
        budgets.myBallot(id)
                .ifPresent(r -> content.add(new Paragraph(getTranslation("ballot.changing", r.reference(), when(r)))));

        FlexLayout columns = new FlexLayout();
        columns.addClassName("samskap-ballot");
        items.removeAll();
        items.addClassName("samskap-ballot-items");
        for (BallotItem item : budget.items()) {
            items.add(card(item, open && signedIn));
        }
        summary.addClassName("samskap-ballot-summary");
        impact = combinedImpact.panel();
        columns.add(items, summary);
        content.add(columns, new H2(getTranslation("ballot.impact")), impact);
        refreshSummary(open && signedIn);
    }

    private Div card(BallotItem item, boolean canChoose) {
        Div card = new Div();
        card.addClassName("samskap-ballot-item");
        if (basket.contains(item.proposal())) {
            card.addClassName("samskap-chosen");
        }
        card.add(new H3(new Anchor("proposals/" + item.proposal(), item.title())));
        String where = item.districtName() == null ? "" : " · " + item.districtName();
        card.add(new Paragraph(getTranslation(item.category().messageKey()) + where));
        Paragraph cost = new Paragraph(getTranslation("ballot.cost", Money.nok(item.costNok(), getLocale())));
        cost.addClassName("samskap-ballot-cost");
        card.add(cost);
        Double t = tonnes.get(item.proposal());
        card.add(new Paragraph(
                t == null
                        ? getTranslation("ballot.no-estimate")
                        : getTranslation("ballot.tonnes", Money.tonnes(t, getLocale()))));
        if (canChoose) {
            boolean chosen = basket.contains(item.proposal());
            Button toggle = new Button(getTranslation(chosen ? "ballot.remove" : "ballot.add"));
            toggle.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(chosen ? "ballot.remove-named" : "ballot.add-named", item.title()));
            toggle.addThemeVariants(chosen ? ButtonVariant.TERTIARY : ButtonVariant.PRIMARY);
            toggle.addClickListener(e -> {
                if (basket.contains(item.proposal())) {
                    basket.remove(item.proposal());
                } else {
                    basket.add(item.proposal());
                }
                keep();
                Div replacement = card(item, true);
                items.replace(card, replacement);
                refreshSummary(true);
                replacement
                        .getChildren()
                        .filter(c -> c instanceof Button)
                        .findFirst()
                        .ifPresent(b -> ((Button) b).focus());
            });
            card.add(toggle);
        }
        return card;
    }

    private void refreshSummary(boolean canConfirm) {
        summary.removeAll();
        BasketCheck check = budgets.check(id, basket);
        summary.add(new H2(getTranslation("ballot.yours")));
        Paragraph total = new Paragraph(getTranslation(
                "ballot.total",
                Money.nok(check.totalNok(), getLocale()),
                Money.nok(check.budgetNok(), getLocale()),
                check.projects()));
        total.addClassName("samskap-ballot-total");
        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, (double) check.totalNok() / check.budgetNok()));
        bar.getElement().setAttribute("aria-label", getTranslation("ballot.spent"));
        if (check.totalNok() > check.budgetNok()) {
            bar.addThemeName("error");
        }
        Paragraph left = new Paragraph(
                check.leftNok() >= 0
                        ? getTranslation("ballot.left", Money.nok(check.leftNok(), getLocale()))
                        : getTranslation("ballot.over", Money.nok(-check.leftNok(), getLocale())));
        // Screen readers hear the total and what is wrong as the basket changes.
        Div status = new Div(total, bar, left);
        if (!check.parts().isEmpty()) {
            UnorderedList parts = new UnorderedList();
            parts.addClassName("samskap-ballot-parts");
            for (BasketCheck.Part part : check.parts()) {
                ListItem line = new ListItem(getTranslation(
                        "ballot.part",
                        part.districtName() == null ? getTranslation("ballot.part-common") : part.districtName(),
                        Money.nok(part.spentNok(), getLocale()),
                        Money.nok(part.amountNok(), getLocale())));
                if (part.over()) {
                    line.addClassName("samskap-over");
                }
                parts.add(line);
            }
            status.add(parts);
        }
        status.getElement().setAttribute("role", "status");
        summary.add(status);
        if (!check.problems().isEmpty() && !basket.isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("samskap-ballot-problems");
            for (BasketCheck.Problem p : check.problems()) {
                problems.add(new ListItem(
                        getTranslation(p.messageKey(), p.arguments().toArray())));
            }
            summary.add(problems);
        }
        if (canConfirm) {
            Button confirm = new Button(getTranslation("ballot.confirm"), e -> confirm());
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            summary.add(confirm);
        }
        impact.show(basket.size(), budgets.impact(id, basket));
    }

    private void confirm() {
        BasketCheck check = budgets.check(id, basket);
        if (!check.fits()) {
            // Told on the page already; the basket stays as it is.
            BasketCheck.Problem first = check.problems().getFirst();
            Notification.show(
                    getTranslation(first.messageKey(), first.arguments().toArray()));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("ballot.confirm"));
        UnorderedList chosen = new UnorderedList();
        budget.items().stream()
                .filter(i -> basket.contains(i.proposal()))
                .forEach(i -> chosen.add(new ListItem(i.title() + " – " + Money.nok(i.costNok(), getLocale()))));
        dialog.setText(new Div(
                chosen,
                new Paragraph(getTranslation("ballot.confirm-text", Money.nok(check.totalNok(), getLocale())))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ballot.back"));
        dialog.setConfirmText(getTranslation("ballot.confirm"));
        dialog.addConfirmListener(e -> {
            // A refusal (the phase just ended, a limit) reaches the shell, which says why; the basket stays.
            Receipt receipt = budgets.submit(id, basket, tab);
            showReceipt(receipt, true);
        });
        dialog.open();
    }

    // ---- the receipt ----------------------------------------------------------------------

    private void showReceipt(Receipt receipt, boolean justConfirmed) {
        content.removeAll();
        content.add(new H1(getTranslation("ballot.receipt-heading", process.title())));
        content.add(new ReceiptBox(receipt, process.title(), justConfirmed));
        if (process.openPhase().map(p -> p.allows(PhaseAction.BUDGET)).orElse(false)) {
            Button change = new Button(getTranslation("ballot.change"), e -> {
                basket = new LinkedHashSet<>(
                        receipt.choices().stream().map(BallotItem::proposal).toList());
                keep();
                showBasket();
            });
            content.add(new Paragraph(getTranslation("ballot.change-until")), change);
        }
        content.add(new Paragraph(new Anchor("processes/" + id, getTranslation("ballot.back-to-process"))));
    }

    // ---- helpers --------------------------------------------------------------------------

    private String rules() {
        StringBuilder rules = new StringBuilder();
        if (budget.minProjects() != null && budget.minProjects() > 0) {
            rules.append(getTranslation("ballot.rule.min", budget.minProjects()))
                    .append(' ');
        }
        if (budget.maxProjects() != null) {
            rules.append(getTranslation("ballot.rule.max", budget.maxProjects()))
                    .append(' ');
        }
        if (budget.minSharePercent() != null && budget.minSharePercent() > 0) {
            rules.append(getTranslation("ballot.rule.share", budget.minSharePercent()));
        }
        return rules.toString().strip();
    }

    private String when(Receipt r) {
        return ReceiptBox.when(r, getLocale());
    }

    /** Shares the basket with the person's other tabs; when they change it too fast, it stays in this tab. */
    private void keep() {
        try {
            baskets.keepDraft(id, basket, tab);
        } catch (RateLimitedException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.yours") + " – Samskap";
    }
}
