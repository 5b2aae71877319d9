package no.samskap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samskap.budgeting.BudgetResults;
import no.samskap.budgeting.BudgetService;
import no.samskap.budgeting.Results;
import no.samskap.identity.Role;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.municipality.MunicipalityService;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.proposals.Viewport;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.statements.Statement;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;
import no.samskap.support.OpenBudget;
import no.samskap.support.SignIn;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;
import no.samskap.voting.Tally;
import no.samskap.voting.VotingService;
import no.samskap.workshops.Pin;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopService;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Repository behaviour that must hold on every supported database; run against H2 and
 * PostgreSQL by the subclasses.
 */
abstract class PersistenceContract {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountRepository accounts;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    SignIn signIn;

    @Autowired
    VotingService voting;

    @Autowired
    WorkshopService workshops;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void municipalitiesAreSeededWithBoundaryAndDistricts() {
        assertThat(municipalities.all()).extracting(m -> m.id().value()).contains("baerum", "alesund");
        assertThat(municipalities.get(BAERUM).districts()).isNotEmpty();
        assertThat(municipalities.get(BAERUM).boundaryGeoJson()).contains("Polygon");
    }

    @Test
    void usernamesAreUniqueInTheDatabaseItself() {
        accounts.saveAndFlush(
                new Account("dup-user", "A", "a@example.org", BAERUM, Role.RESIDENT, null, "{noop}x", Instant.now()));
        assertThatThrownBy(() -> accounts.saveAndFlush(new Account(
                        "dup-user", "B", "b@example.org", BAERUM, Role.RESIDENT, null, "{noop}y", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theAuditLogCannotBeChangedOrDeletedEvenThroughJdbcExceptForAPseudonym() throws Exception {
        java.util.UUID id = java.util.UUID.randomUUID();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (var insert = connection.prepareStatement(
                    "insert into audit_entry (id, at, municipality_id, actor_name, action, target_type, target_id, detail)"
                            + " values (?, current_timestamp, 'baerum', 'Tester', 'TEST', 'PROPOSAL', 'x', 'original')")) {
                insert.setObject(1, id);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            for (String change : new String[] {
                "update audit_entry set detail = 'forged' where id = ?",
                "delete from audit_entry where id = ?",
                // A pseudonym is the one change allowed, and only on its own.
                "update audit_entry set actor_name = 'deleted-0badc0de', action = 'FORGED' where id = ?",
                "update audit_entry set actor_name = 'Someone Else' where id = ?"
            }) {
                try (var statement = connection.prepareStatement(change)) {
                    statement.setObject(1, id);
                    assertThatThrownBy(statement::executeUpdate)
                            .as(change)
                            .isInstanceOf(java.sql.SQLException.class)
                            .hasMessageContaining("append-only");
                }
            }
            // A deleted person's name gives way to their pseudonym (the law's right to erasure).
            try (var pseudonymise = connection.prepareStatement(
                    "update audit_entry set actor_name = 'deleted-5eed1e55' where id = ?")) {
                pseudonymise.setObject(1, id);
                assertThat(pseudonymise.executeUpdate()).isEqualTo(1);
            }
            try (var read =
                    connection.prepareStatement("select detail, actor_name, action from audit_entry where id = ?")) {
                read.setObject(1, id);
                try (var rows = read.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("original");
                    assertThat(rows.getString(2)).isEqualTo("deleted-5eed1e55");
                    assertThat(rows.getString(3)).isEqualTo("TEST");
                }
            }
        }
    }

    @Test
    void aProposalRoundTripsWithLongTextAndAnArea() {
        signIn.as("kari");
        String description = "Æ ø å – «sitat» ".repeat(400).substring(0, 5000);
        String area = "{\"type\":\"Polygon\",\"coordinates\":[[[10.58,59.91],[10.59,59.91],[10.59,59.915],"
                + "[10.58,59.915],[10.58,59.91]]]}";
        ProposalId id = proposals.createAndSubmit(
                BAERUM, new ProposalInput("Område ved Stabekk", description, "ENERGY_COMMUNITY", area));
        ProposalDetails d = proposals.find(id).orElseThrow();
        assertThat(d.description()).isEqualTo(description.strip());
        assertThat(d.geometryGeoJson()).isEqualTo(area);
        assertThat(d.category()).isEqualTo(Category.ENERGY_COMMUNITY);
        assertThat(d.submittedAt()).isNotNull();
    }

    /**
     * 500 accounts each submit their vote twice at the same moment (a double click, a retried
     * request): exactly one vote per account must count, split correctly by stakeholder type.
     */
    @Test
    void concurrentDoubleVotesNeverCountTwice() throws Exception {
        signIn.as("kari");
        ProposalId proposal = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(
                        "Avstemning under last",
                        "",
                        "HEAT_PUMP",
                        "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        signIn.out();
        List<String> voters = Voters.create(accounts, 500, 100);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            Stance stance = i % 5 == 0 ? Stance.OPPOSE : Stance.SUPPORT;
            for (int twice = 0; twice < 2; twice++) {
                results.add(pool.submit(() -> {
                    start.await();
                    signIn.as(voter);
                    try {
                        return voting.cast(proposal, stance);
                    } finally {
                        signIn.out();
                    }
                }));
            }
        }
        start.countDown();
        for (Future<?> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Tally tally = voting.tally(proposal);
        assertThat(results).hasSize(1_000);
        assertThat(tally.supportTotal()).isEqualTo(400);
        assertThat(tally.opposeTotal()).isEqualTo(100);
        // Voters 0..99 are businesses; every fifth voter opposes.
        assertThat(tally.oppose(StakeholderType.BUSINESS)).isEqualTo(20);
        assertThat(tally.support(StakeholderType.BUSINESS)).isEqualTo(80);
        assertThat(tally.oppose(StakeholderType.RESIDENT)).isEqualTo(80);
        assertThat(tally.support(StakeholderType.RESIDENT)).isEqualTo(320);

        // Then everyone changes their mind from two tabs at once, and every fourth also withdraws:
        // the counts kept beside the votes still equal a full recount.
        ExecutorService second = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> changes = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            Stance flipped = i % 5 == 0 ? Stance.SUPPORT : Stance.OPPOSE;
            boolean withdraws = i % 4 == 0;
            for (int twice = 0; twice < 2; twice++) {
                int tab = twice;
                changes.add(second.submit(() -> {
                    go.await();
                    signIn.as(voter);
                    try {
                        return withdraws && tab == 1 ? voting.withdraw(proposal) : voting.cast(proposal, flipped);
                    } finally {
                        signIn.out();
                    }
                }));
            }
        }
        go.countDown();
        for (Future<?> f : changes) {
            f.get(60, TimeUnit.SECONDS);
        }
        second.shutdown();
        Tally after = voting.tally(proposal);
        assertThat(after).isEqualTo(voting.recount(proposal));
        assertThat(after.supportTotal() + after.opposeTotal()).isBetween(375, 500);
    }

    /** The vote's rules hold on every database, also where a vote is one checked statement. */
    @Test
    void votesAreRefusedWhereTheRulesSaySo() {
        ProposalInput input = new ProposalInput(
                "Regler for stemmer", "", "HEAT_PUMP", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}");
        signIn.as("kari");
        ProposalId draft = proposals.createDraft(BAERUM, input);
        ProposalId open = proposals.createAndSubmit(BAERUM, input);
        assertRefused(() -> voting.cast(draft, Stance.SUPPORT), "error.vote.closed");
        assertThat(voting.cast(open, Stance.SUPPORT).supportTotal()).isEqualTo(1);
        signIn.out();

        signIn.as("ola"); // Ålesund
        assertRefused(() -> voting.cast(open, Stance.SUPPORT), "error.vote.other-municipality");
        signIn.out();

        signIn.as("solkraft"); // Bærum, but the draft is kari's own
        assertRefused(() -> voting.cast(draft, Stance.SUPPORT), "error.proposal.not-found");
        assertRefused(
                () -> voting.cast(new ProposalId(java.util.UUID.randomUUID()), Stance.SUPPORT),
                "error.proposal.not-found");
        signIn.out();

        String blocked = Voters.create(accounts, 1, 0).getFirst();
        Account account = accounts.findByUsername(blocked).orElseThrow();
        account.setBlocked(true);
        accounts.save(account);
        signIn.as(blocked);
        assertRefused(() -> voting.cast(open, Stance.OPPOSE), "error.account.blocked");
        assertRefused(() -> voting.withdraw(open), "error.account.blocked");
        signIn.out();

        // Nothing refused changed anything; withdrawing the one vote that counted empties the tally.
        assertThat(voting.tally(open).supportTotal() + voting.tally(open).opposeTotal())
                .isEqualTo(1);
        signIn.as("kari");
        assertThat(voting.withdraw(open).supportTotal()).isZero();
        assertThat(voting.tally(open)).isEqualTo(voting.recount(open));
    }

    private static void assertRefused(Runnable vote, String messageKey) {
        assertThatThrownBy(vote::run)
                .satisfies(e -> assertThat(
                                e instanceof UserFacingException u
                                        ? u.messageKey()
                                        : ((no.samskap.shared.AccessDeniedException) e).messageKey())
                        .isEqualTo(messageKey));
    }

    /**
     * A room votes at once: 40 guests each put two dots on one idea and one on another, every
     * click sent twice from 8 threads. Every dot counts once, no one exceeds their dots, and the
     * round's version counts each accepted change. Two quick clicks on "make draft" make one draft.
     */
    @Test
    void aWorkshopRoomVotingAtOnceCountsEveryDotOnce() throws Exception {
        signIn.as("fasilitator");
        String area = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],"
                + "[10.50,59.91],[10.50,59.88]]]}";
        WorkshopService.Joined facilitator = workshops.create(BAERUM, "Verksted under last", area, List.of());
        WorkshopDetails w = workshops.details(facilitator.workshop(), facilitator.participant());
        signIn.out();
        List<WorkshopService.Joined> guests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guests.add(workshops.join(w.joinCode(), "Gjest " + i, List.of(), "127.0.0.1"));
        }
        Pin a = workshops.placePin(w.id(), guests.get(0).participant(), 59.895, 10.53, "Idé A");
        Pin b = workshops.placePin(w.id(), guests.get(1).participant(), 59.896, 10.531, "Idé B");
        signIn.as("fasilitator");
        Round round = workshops.startRound(w.id(), List.of(a.itemKey(), b.itemKey()), 3, Duration.ofMinutes(5));
        signIn.out();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (WorkshopService.Joined guest : guests) {
            for (int twice = 0; twice < 2; twice++) {
                results.add(pool.submit(() -> {
                    start.await();
                    workshops.setDots(w.id(), round.id(), guest.participant(), a.itemKey(), 2);
                    return workshops.setDots(w.id(), round.id(), guest.participant(), b.itemKey(), 1);
                }));
            }
        }
        start.countDown();
        for (Future<?> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }

        signIn.as("fasilitator");
        Round counted =
                workshops.details(w.id(), facilitator.participant()).openRound().orElseThrow();
        assertThat(counted.totals()).containsEntry(a.itemKey(), 80).containsEntry(b.itemKey(), 40);
        assertThat(counted.version()).as("one version per accepted change").isEqualTo(160);

        List<Future<ProposalId>> drafts = new ArrayList<>();
        CountDownLatch click = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            drafts.add(pool.submit(() -> {
                click.await();
                signIn.as("fasilitator");
                try {
                    return workshops.convertPin(
                            w.id(), a.id(), Category.REUSE_REPAIR_CENTRE, "Idé A", "Fra verkstedet");
                } finally {
                    signIn.out();
                }
            }));
        }
        click.countDown();
        int made = 0;
        for (Future<ProposalId> f : drafts) {
            try {
                f.get(60, TimeUnit.SECONDS);
                made++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UserFacingException.class);
            }
        }
        pool.shutdown();
        assertThat(made).as("one draft of one idea").isEqualTo(1);

        workshops.end(w.id());
        assertThat(workshops.resultsCsv(w.id(), facilitator.participant()))
                .contains("\"" + a.itemKey() + "\",\"Idé A\",\"80\"")
                .contains("\"" + b.itemKey() + "\",\"Idé B\",\"40\"");
    }

    @Test
    void viewportAndSearchQueriesWork() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(
                        "ÆRLIG talt_om 50% sykkel",
                        "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        assertThat(proposals
                        .markers(BAERUM, new Viewport(59.92, 10.54, 59.94, 10.56))
                        .markers())
                .extracting(ProposalMarker::id)
                .contains(id);
        assertThat(proposals
                        .search(new ProposalQuery(BAERUM, null, null, null, "ærlig", false), 0, 10)
                        .map(ProposalSummary::id))
                .containsExactly(id);
        assertThat(proposals
                        .search(new ProposalQuery(BAERUM, null, null, null, "talt_om 50%", false), 0, 10)
                        .map(ProposalSummary::id))
                .containsExactly(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "taltXom", false), 0, 10))
                .isEmpty();
        assertThat(proposals.search(ProposalQuery.all(BAERUM), 0, 2).getTotalElements())
                .isEqualTo(proposals.count(ProposalQuery.all(BAERUM)));
    }

    @Autowired
    no.samskap.identity.AccountService accountService;

    @Autowired
    no.samskap.identity.AccountDeletion deletion;

    @Autowired
    no.samskap.identity.PersonalDataExport export;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aDeletedAccountLeavesItsVotesCountingAndAPseudonymInTheAuditLog() {
        String username = "slett." + Long.toHexString(System.nanoTime());
        accountService.register(
                new no.samskap.identity.Registration(
                        username,
                        "Siri Slett",
                        username + "@example.org",
                        BAERUM,
                        Role.RESIDENT,
                        null,
                        "tåke over vannet i dag"),
                "10.57.0.1");
        signIn.as(username);
        ProposalId lonely = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput("Går bort", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.551,59.93]}"));
        voting.cast(lonely, Stance.SUPPORT);
        signIn.as("kari");
        ProposalId karis = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput("Blir", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.552,59.93]}"));
        signIn.as(username);
        voting.cast(karis, Stance.OPPOSE);
        Tally before = voting.tally(karis);
        assertThat(new String(export.export(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("SUBMITTED");

        String pseudonym = deletion.deleteSignedInAccount("tåke over vannet i dag", true);

        assertThat(proposals.find(lonely)).isEmpty();
        assertThat(voting.tally(karis)).isEqualTo(before);
        assertThat(jdbc.queryForList(
                        "select actor_name from audit_entry where target_id = ?",
                        String.class,
                        lonely.value().toString()))
                .containsOnly(pseudonym);
    }

    @Autowired
    StatementService statements;

    @Test
    void aLongStatementRoundTripsAndAStaleEditIsRefused() {
        signIn.as("saksbehandler");
        String text = "## Personvern – Bærum\n\n" + "æøå ÆØÅ – «sitat» ".repeat(3_000);
        var saved = statements.save(BAERUM, StatementKind.PRIVACY, "nn", text, Statement.TEMPLATE);
        var read = statements.show(BAERUM, StatementKind.PRIVACY, Locale.forLanguageTag("nn"));
        assertThat(read.markdown()).isEqualTo(text.strip());
        assertThat(read.version()).isEqualTo(saved.version());
        var again = statements.save(BAERUM, StatementKind.PRIVACY, "nn", "Kortare", saved.version());
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "nn", "Gammal", saved.version()))
                .isInstanceOf(UserFacingException.class);
        assertThat(statements
                        .show(BAERUM, StatementKind.PRIVACY, Locale.forLanguageTag("nn"))
                        .markdown())
                .isEqualTo("Kortare");
        assertThat(again.version()).isGreaterThan(saved.version());
        statements.revertToTemplate(BAERUM, StatementKind.PRIVACY, "nn");
    }

    @Autowired
    ProcessService processes;

    @Test
    void aProcessProposalTakesVotesOnlyInAPhaseThatAllowsThem() {
        signIn.as("saksbehandler");
        ProcessId process = processes.create(
                BAERUM,
                new ProcessInput(
                        "Klimabudsjett",
                        "",
                        null,
                        ProcessTemplate.CLIMATE_BUDGET,
                        processes.template(ProcessTemplate.CLIMATE_BUDGET)));
        processes.openNextPhase(process);
        signIn.as("kari");
        ProposalId p = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Sykkelvei i prosess", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.553,59.93]}"));
        // On PostgreSQL the vote is one statement of its own: the phase is asked before it runs.
        assertThatThrownBy(() -> voting.cast(p, Stance.SUPPORT))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.phase.not-allowed.vote"));
        assertThat(voting.tally(p).supportTotal()).isZero();
        signIn.as("saksbehandler");
        processes.openNextPhase(process);
        processes.openNextPhase(process);
        signIn.as("kari");
        voting.cast(p, Stance.SUPPORT);
        assertThat(voting.tally(p).supportTotal()).isEqualTo(1);
    }

    @Autowired
    BudgetService budgets;

    @Autowired
    BudgetResults budgetResults;

    @Autowired
    OpenBudget openBudget;

    /**
     * 500 people each confirm their first ballot twice at the same moment and then change it, all at
     * once (1,500 submissions): every person's last ballot counts, exactly once.
     */
    @Test
    void concurrentBallotsCountEachPersonsLastBallotOnce() throws Exception {
        OpenBudget.Made budget = openBudget.with("Folkebudsjett under last", 3, 300_000L, 1_000_000L);
        ProcessId process = budget.process();
        List<ProposalId> projects = budget.projects();

        List<String> people = Voters.create(accounts, 500, 100);
        // First, each person's first ballot twice at the same moment (a double click from two tabs)...
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String person : people) {
            for (List<ProposalId> ballot : List.of(List.of(projects.get(0)), List.of(projects.get(1)))) {
                done.add(pool.submit(() -> {
                    start.await();
                    signIn.as(person);
                    try {
                        return budgets.submit(process, ballot);
                    } finally {
                        signIn.out();
                    }
                }));
            }
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        // ... then everyone changes it at once: the change is each person's last ballot.
        CountDownLatch again = new CountDownLatch(1);
        List<Future<?>> changes = new ArrayList<>();
        for (String person : people) {
            changes.add(pool.submit(() -> {
                again.await();
                signIn.as(person);
                try {
                    return budgets.submit(process, List.of(projects.get(1), projects.get(2)));
                } finally {
                    signIn.out();
                }
            }));
        }
        again.countDown();
        for (Future<?> f : changes) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject(
                        "select count(*) from ballot where process_id = ?", Integer.class, process.value()))
                .isEqualTo(500);
        signIn.as("saksbehandler");
        Results results = budgetResults.results(process).orElseThrow();
        assertThat(results.ballots()).isEqualTo(500);
        assertThat(results.ranked())
                .extracting(r -> r.item().proposal(), Results.Row::votes)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(projects.get(0), 0),
                        Tuple.tuple(projects.get(1), 500),
                        Tuple.tuple(projects.get(2), 500));
        assertThat(results.ranked().stream()
                        .filter(r -> r.item().proposal().equals(projects.get(1)))
                        .findFirst()
                        .orElseThrow()
                        .byStakeholder())
                .containsEntry(StakeholderType.BUSINESS, 100)
                .containsEntry(StakeholderType.RESIDENT, 400);
    }
}
