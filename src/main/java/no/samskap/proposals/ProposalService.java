package no.samskap.proposals;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.Assurances;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.GuardedAction;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.internal.Proposal;
import no.samskap.proposals.internal.ProposalRepository;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, submits and finds proposals. Every rule is enforced here or in the
 * aggregate, whatever the UI shows, because requests can be forged.
 */
@Service
@Transactional
public class ProposalService {

    private final ProposalRepository proposals;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ProposalsSettings settings;
    private final Clock clock;
    private final JdbcClient db;
    private final MapQueries map;
    private final List<MeasureParameters> measureParameters;

    private final Assurances assurances;
    private final PhaseGate phases;

    ProposalService(
            Assurances assurances,
            PhaseGate phases,
            ProposalRepository proposals,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ProposalsSettings settings,
            Clock clock,
            List<MeasureParameters> measureParameters,
            MapQueries map,
            JdbcClient db) {
        this.assurances = assurances;
        this.phases = phases;
        this.map = map;
        this.db = db;
        this.measureParameters = measureParameters;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Saves a new draft in the given municipality for the signed-in user. */
    @PreAuthorize("isAuthenticated()")
    public ProposalId createDraft(MunicipalityId municipality, ProposalInput input) {
        return createDraft(municipality, null, input);
    }

    /**
     * Saves a new draft in a process of the municipality (or in its standing, open process when
     * {@code process} is null); the process's open phase must take proposals.
     */
    @PreAuthorize("isAuthenticated()")
    public ProposalId createDraft(MunicipalityId municipality, ProcessId process, ProposalInput input) {
        SignedInUser user = writer(municipality, Limit.PROPOSAL);
        if (process != null) {
            if (!phases.municipality(process).map(municipality::equals).orElse(false)) {
                throw new UserFacingException("error.process.not-found");
            }
            phases.require(process, PhaseAction.PROPOSE);
        }
        Proposal proposal = Proposal.draft(
                municipality,
                user.id(),
                user.displayName(),
                user.organisation(),
                content(municipality, input),
                clock.instant());
        if (process != null) {
            proposal.belongTo(process);
        }
        // Flushed at once: callers in the same transaction may refer to the new row by SQL.
        proposals.saveAndFlush(proposal);
        return proposal.id();
    }

    /** Creates and submits in one step, so a failed submit leaves no stray draft. */
    @PreAuthorize("isAuthenticated()")
    public ProposalId createAndSubmit(MunicipalityId municipality, ProposalInput input) {
        return createAndSubmit(municipality, null, input);
    }

    /** Creates and submits in one step in a process (or the standing one when null). */
    @PreAuthorize("isAuthenticated()")
    public ProposalId createAndSubmit(MunicipalityId municipality, ProcessId process, ProposalInput input) {
        ProposalId id = createDraft(municipality, process, input);
        submit(id);
        return id;
    }

    /** Replaces the content of the user's own draft. */
    @PreAuthorize("isAuthenticated()")
    public void updateDraft(ProposalId id, ProposalInput input) {
        Proposal proposal = load(id);
        SignedInUser user = writer(proposal.municipality(), Limit.PROPOSAL);
        proposal.edit(user.id(), content(proposal.municipality(), input), clock.instant());
    }

    /** Saves the content and submits the user's own draft. */
    @PreAuthorize("isAuthenticated()")
    public void updateAndSubmit(ProposalId id, ProposalInput input) {
        updateDraft(id, input);
        submit(id);
    }

    /** Makes the user's own draft public and tells everyone. */
    @PreAuthorize("isAuthenticated()")
    public void submit(ProposalId id) {
        Proposal proposal = load(id);
        SignedInUser user = writer(proposal.municipality());
        assurances.require(GuardedAction.PROPOSE);
        // A draft made while the phase took proposals cannot be submitted after it closed.
        proposal.process().ifPresent(p -> phases.require(p, PhaseAction.PROPOSE));
        events.publishEvent(proposal.submit(user.id(), clock.instant()));
    }

    /** Answers the proposal officially and moves it to the given state; officials of its municipality only. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void answer(ProposalId id, ProposalState target, String text) {
        Proposal proposal = load(id);
        SignedInUser official = currentUser.requireWriter();
        if (!official.belongsTo(proposal.municipality())) {
            throw new AccessDeniedException("error.proposal.other-municipality");
        }
        events.publishEvent(proposal.answer(target, text, official.id(), official.displayName(), clock.instant()));
    }

    /** Whether the current user may answer this proposal. */
    @Transactional(readOnly = true)
    public boolean canAnswer(ProposalId id) {
        return currentUser
                .get()
                .filter(this::isOfficial)
                .flatMap(u -> proposals.findById(id.value()).filter(p -> u.belongsTo(p.municipality())))
                .filter(p -> p.state().isPublic() && !p.state().next().isEmpty())
                .isPresent();
    }

    /** The proposal, if it exists and the current user may see it (drafts only their author). */
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> find(ProposalId id) {
        return proposals.findById(id.value()).filter(this::visible).map(Proposal::toDetails);
    }

    /**
     * The status of a proposal the current user may see (a draft only its author), read with one
     * narrow query: what voting checks on every vote.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ProposalStatus> status(ProposalId id) {
        // Plain SQL, not the entity layer: this runs on every vote, and Hibernate's query path cost
        // more than the database did.
        Optional<UUID> me = currentUser.get().map(u -> u.id().value());
        return db.sql("select municipality_id, state, hidden, author_id, process_id from proposal where id = ?")
                .param(id.value())
                .query((rs, n) -> {
                    ProposalState state = ProposalState.valueOf(rs.getString(2));
                    boolean visible = state.isPublic()
                            || me.filter(rs.getObject(4, UUID.class)::equals).isPresent();
                    return visible
                            ? Optional.of(new ProposalStatus(
                                    id,
                                    MunicipalityId.of(rs.getString(1)),
                                    state,
                                    rs.getBoolean(3),
                                    Optional.ofNullable(rs.getObject(5, UUID.class))
                                            .map(ProcessId::new)
                                            .orElse(null)))
                            : Optional.<ProposalStatus>empty();
                })
                .optional()
                .flatMap(status -> status);
    }

    /** Whether the proposal exists but is hidden from the current user by moderation (to show a placeholder). */
    @Transactional(readOnly = true)
    public boolean isHiddenFromMe(ProposalId id) {
        return proposals
                .findById(id.value())
                .filter(p -> p.state().isPublic() && p.isHidden() && !visible(p))
                .isPresent();
    }

    /** Whether the current user may edit and submit this proposal. */
    @Transactional(readOnly = true)
    public boolean canEdit(ProposalId id) {
        Optional<SignedInUser> user = currentUser.get();
        return user.isPresent()
                && !user.get().blocked()
                && proposals
                        .findById(id.value())
                        .filter(p -> p.state() == ProposalState.DRAFT
                                && p.isAuthor(user.get().id()))
                        .isPresent();
    }

    /** A page of proposals matching the query, newest first. */
    @Transactional(readOnly = true)
    public Page<ProposalSummary> search(ProposalQuery query, int page, int size) {
        Pageable pageable = PageRequest.of(
                page, Math.min(Math.max(size, 1), 200), Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id")));
        return proposals.findAll(specification(query), pageable).map(Proposal::toSummary);
    }

    /**
     * Several public proposals at once, for lists such as a ballot; others are left out. One plain
     * SQL read without a transaction of its own: a ballot asks this for every submission.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<ProposalId, ProposalSummary> summaries(Collection<ProposalId> ids) {
        Map<ProposalId, ProposalSummary> found = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql("""
                            select id, title, category, state, district_id, district_name, author_name, organisation,
                                   submitted_at, created_at
                            from proposal
                            where id in (:ids) and state <> 'DRAFT' and hidden = false""")
                    .param("ids", ids.stream().map(ProposalId::value).toList())
                    .query((rs, n) -> new ProposalSummary(
                            new ProposalId(rs.getObject(1, UUID.class)),
                            rs.getString(2),
                            Category.valueOf(rs.getString(3)),
                            ProposalState.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            instant(rs.getTimestamp(9)),
                            instant(rs.getTimestamp(10))))
                    .list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The public proposals of a process for its map, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ProposalMarker> inProcess(ProcessId process, int limit) {
        return map.inProcess(process, limit);
    }

    @Transactional(readOnly = true)
    public long count(ProposalQuery query) {
        return proposals.count(specification(query));
    }

    /**
     * What the map shows around the viewport: the public proposals one by one when there are few
     * enough, otherwise counted clusters; within {@code samskap.proposals.map-payload-budget}.
     */
    @Transactional(readOnly = true)
    public MarkersInView markers(MunicipalityId municipality, Viewport viewport) {
        return map.markers(municipality, viewport);
    }

    private Specification<Proposal> specification(ProposalQuery q) {
        return ProposalSearch.matching(q, currentUser.get());
    }

    private boolean visible(Proposal p) {
        if (p.state().isPublic() && !p.isHidden()) {
            return true;
        }
        // Hidden proposals stay visible to their author (with the reason) and to the officials who review them.
        return currentUser
                .get()
                .map(u ->
                        p.isAuthor(u.id()) || (p.state().isPublic() && isOfficial(u) && u.belongsTo(p.municipality())))
                .orElse(false);
    }

    private boolean isOfficial(SignedInUser user) {
        return user.role() == Role.OFFICIAL || user.role() == Role.ADMIN;
    }

    private Proposal load(ProposalId id) {
        // Someone else's draft is "not found", not "forbidden": its existence is private too.
        return proposals
                .findById(id.value())
                .filter(this::visible)
                .orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
    }

    private SignedInUser writer(MunicipalityId municipality) {
        return checkMunicipality(currentUser.requireWriter(), municipality);
    }

    /** A writer who also has allowance left for this kind of write. */
    private SignedInUser writer(MunicipalityId municipality, Limit limit) {
        return checkMunicipality(currentUser.requireWriter(limit), municipality);
    }

    private static SignedInUser checkMunicipality(SignedInUser user, MunicipalityId municipality) {
        if (!user.belongsTo(municipality)) {
            throw new AccessDeniedException("error.proposal.other-municipality");
        }
        return user;
    }

    private Proposal.Content content(MunicipalityId municipality, ProposalInput input) {
        Category category = Category.fromCode(input.category()).orElse(null);
        Proposal.Content.checkText(input.title(), input.description(), category);
        measureParameters.forEach(parameters -> parameters.check(category, input.parameters()));
        Geometry geometry;
        try {
            geometry = GeoJson.parse(input.geometryGeoJson());
        } catch (GeoJson.TooManyPoints e) {
            throw UserFacingException.forField("geometry", "error.geometry.too-many-vertices", settings.maxVertices());
        } catch (IllegalArgumentException e) {
            throw UserFacingException.forField(
                    "geometry",
                    input.geometryGeoJson() == null || input.geometryGeoJson().isBlank()
                            ? "error.geometry.missing"
                            : "error.geometry.malformed");
        }
        if (geometry.getNumPoints() > settings.maxVertices()) {
            // Keeps one account from making the map heavy for everyone with a huge outline.
            throw UserFacingException.forField("geometry", "error.geometry.too-many-vertices", settings.maxVertices());
        }
        Municipality m = municipalities.get(municipality);
        // Checks lengths and shape before the (more expensive) containment test.
        Proposal.Content unchecked =
                new Proposal.Content(input.title(), input.description(), category, geometry, null, null);
        if (!municipalities.contains(municipality, geometry)) {
            throw UserFacingException.forField("geometry", "error.geometry.outside", m.name());
        }
        Point centre = geometry instanceof Point p ? p : geometry.getInteriorPoint();
        Optional<Municipality.District> district =
                municipalities.districtAt(municipality, centre.getY(), centre.getX());
        return new Proposal.Content(
                unchecked.title(),
                unchecked.description(),
                category,
                geometry,
                district.map(Municipality.District::id).orElse(null),
                district.map(Municipality.District::name).orElse(null),
                input.parameters());
    }
}
