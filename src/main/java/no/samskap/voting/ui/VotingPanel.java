package no.samskap.voting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.Role;
import no.samskap.live.LiveUpdates;
import no.samskap.proposals.ProposalDetails;
import no.samskap.shared.SamskapIcon;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;
import no.samskap.voting.Tally;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;

/** Tally, split by stakeholder type, and the buttons to vote; follows other people's votes live. */
class VotingPanel extends VerticalLayout {

    private final ProposalDetails proposal;
    private final VotingService voting;
    private final LiveUpdates live;
    private final Span totals = new Span();
    private final Span breakdown = new Span();
    private final Button support = new Button();
    private final Button oppose = new Button();
    private final Button withdraw = new Button();
    private final boolean canVote;
    // Officials see how sure Samskap is of who voted, to weigh the tally.
    private final Span assuranceSplit = new Span();
    private final boolean showsAssurance;
    private Registration liveRegistration;
    private Tally shown;

    VotingPanel(ProposalDetails proposal, VotingService voting, CurrentUser currentUser, LiveUpdates live) {
        this.proposal = proposal;
        this.voting = voting;
        this.live = live;
        setPadding(false);
        addClassName("samskap-voting");
        totals.addClassName("samskap-tally");
        totals.getElement().setAttribute("role", "status");
        breakdown.addClassName("samskap-attribution");
        add(new H2(getTranslation("vote.heading")), totals, breakdown);

        showsAssurance = currentUser
                .get()
                .filter(u -> u.role() == Role.OFFICIAL || u.role() == Role.ADMIN)
                .filter(u -> u.belongsTo(proposal.municipality()))
                .isPresent();
        if (showsAssurance) {
            assuranceSplit.addClassName("samskap-assurance-split");
            add(assuranceSplit);
        }
        boolean open = voting.isOpen(proposal.id());
        boolean member =
                currentUser.get().map(u -> u.belongsTo(proposal.municipality())).orElse(false);
        canVote = open && member;
        if (!open) {
            add(new Paragraph(getTranslation(proposal.process() != null ? "vote.closed-phase" : "vote.closed")));
        } else if (currentUser.get().isEmpty()) {
            add(new Anchor("login", getTranslation("vote.login")));
        } else if (!member) {
            add(new Paragraph(getTranslation("vote.other-municipality")));
        }
        if (canVote) {
            // Stable ids for tests and for clients that drive the page by its elements.
            support.setId("vote-support");
            oppose.setId("vote-oppose");
            withdraw.setId("vote-withdraw");
            support.setText(getTranslation("vote.support"));
            support.setIcon(SamskapIcon.THUMBS_UP.create());
            support.addClickListener(e -> voted(voting.cast(proposal.id(), Stance.SUPPORT)));
            oppose.setText(getTranslation("vote.oppose"));
            oppose.setIcon(SamskapIcon.THUMBS_DOWN.create());
            oppose.addClickListener(e -> voted(voting.cast(proposal.id(), Stance.OPPOSE)));
            withdraw.setText(getTranslation("vote.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            withdraw.addClickListener(e -> voted(voting.withdraw(proposal.id())));
            add(new HorizontalLayout(support, oppose, withdraw));
        }
        voted(voting.tally(proposal.id()));
    }

    /** After the user's own vote: their buttons change whatever tally an earlier push showed. */
    private void voted(Tally tally) {
        show(tally);
        showMine();
    }

    private void show(Tally tally) {
        if (!tally.isNewerThan(shown)) {
            return; // one that arrives after a newer one (another node, a slow push) is stale
        }
        shown = tally;
        totals.setText(getTranslation("vote.totals", tally.supportTotal(), tally.opposeTotal()));
        StringBuilder parts = new StringBuilder();
        for (StakeholderType type : StakeholderType.values()) {
            if (!parts.isEmpty()) {
                parts.append(" · ");
            }
            parts.append(getTranslation(
                    "vote.by." + type.name().toLowerCase(Locale.ROOT), tally.support(type), tally.oppose(type)));
        }
        breakdown.setText(parts.toString());
        if (showsAssurance) {
            int[] split = voting.byAssurance(proposal.id());
            assuranceSplit.setText(getTranslation(
                    "vote.assurance.split", split[0] + split[1] + split[2], split[0], split[1], split[2]));
        }
    }

    private void showMine() {
        if (canVote) {
            Optional<Stance> mine = voting.myVote(proposal.id());
            mark(support, mine.filter(s -> s == Stance.SUPPORT).isPresent());
            mark(oppose, mine.filter(s -> s == Stance.OPPOSE).isPresent());
            withdraw.setEnabled(mine.isPresent());
        }
    }

    private static void mark(Button button, boolean chosen) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        if (chosen) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(
                event.getUI(), VoteCast.class, e -> e.proposal().equals(proposal.id()), e -> show(e.tally()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }
}
