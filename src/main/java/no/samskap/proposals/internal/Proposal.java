package no.samskap.proposals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.DisplayGeometry;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The proposal aggregate. It guards its own rules (lengths, geometry kind, who may edit,
 * which state changes are legal); the service adds the rules that need other data.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 5_000;

    @Id
    private UUID id;

    private String municipalityId;
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String geometryKind;

    @Column(name = "geometry_geojson", length = 200_000)
    private String geometryGeoJson;

    @Column(name = "display_geojson", length = 20_000)
    private String displayGeoJson;

    private double centroidLat;
    private double centroidLon;
    private String districtId;
    private String districtName;
    private UUID authorId;

    // The process the proposal was made in; null for the municipality's standing, open process.
    private UUID processId;
    private String authorName;
    private String organisation;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;

    @Column(length = MAX_DESCRIPTION)
    private String answerText;

    private Instant answeredAt;
    private String answeredBy;
    private boolean hidden;
    private String hiddenReason;
    private String parameters;

    @Version
    private long version;

    protected Proposal() {}

    /** Starts a draft; the geometry must already have been checked against the municipality. */
    public static Proposal draft(
            MunicipalityId municipality,
            AccountId author,
            String authorName,
            String organisation,
            Content content,
            Instant now) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.municipalityId = municipality.value();
        p.authorId = author.value();
        p.authorName = authorName;
        p.organisation = organisation;
        p.state = ProposalState.DRAFT;
        p.createdAt = now;
        p.apply(content, now);
        return p;
    }

    /** Puts a new draft in a process; set once, when the draft is made. */
    public void belongTo(ProcessId process) {
        if (state != ProposalState.DRAFT || processId != null) {
            throw new IllegalStateException("A proposal's process is set when it is made");
        }
        this.processId = process.value();
    }

    /** The process it belongs to, if any. */
    public Optional<ProcessId> process() {
        return Optional.ofNullable(processId).map(ProcessId::new);
    }

    /** Replaces the content of a draft; only its author may do so. */
    public void edit(AccountId editor, Content content, Instant now) {
        requireAuthor(editor);
        if (state != ProposalState.DRAFT) {
            throw new UserFacingException("error.proposal.not-draft");
        }
        apply(content, now);
    }

    /** Makes the draft public. */
    public ProposalSubmitted submit(AccountId submitter, Instant now) {
        requireAuthor(submitter);
        moveTo(ProposalState.SUBMITTED);
        submittedAt = now;
        updatedAt = now;
        return new ProposalSubmitted(
                id(),
                MunicipalityId.of(municipalityId),
                title,
                category,
                centroidLat,
                centroidLon,
                "Point".equals(geometryKind) ? null : geometryGeoJson,
                new AccountId(authorId),
                authorName,
                now);
    }

    /**
     * The municipality's answer: moves the proposal along its lifecycle with a public text.
     * Illegal moves (say, from rejected back to accepted) are refused.
     */
    public ProposalAnswered answer(
            ProposalState target, String text, AccountId official, String officialName, Instant now) {
        String answer = text == null ? "" : text.strip();
        if (target == null) {
            throw UserFacingException.forField("state", "error.answer.state");
        }
        if (answer.isEmpty()) {
            throw UserFacingException.forField("text", "error.field.required");
        }
        if (answer.length() > MAX_DESCRIPTION) {
            throw UserFacingException.forField("text", "error.field.too-long", MAX_DESCRIPTION);
        }
        ProposalState from = state;
        moveTo(target);
        answerText = answer;
        answeredAt = now;
        answeredBy = officialName;
        updatedAt = now;
        return new ProposalAnswered(
                id(),
                municipality(),
                new AccountId(authorId),
                title,
                from,
                target,
                answer,
                official,
                officialName,
                now);
    }

    /** Hides or restores the proposal (moderation); the reason is a short code shown to the author. */
    public void setHidden(boolean value, String reason) {
        hidden = value;
        hiddenReason = value ? reason : null;
    }

    public boolean isHidden() {
        return hidden;
    }

    public AccountId author() {
        return new AccountId(authorId);
    }

    private void moveTo(ProposalState target) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("error.proposal.illegal-transition", state.name(), target.name());
        }
        state = target;
    }

    private void requireAuthor(AccountId account) {
        if (account == null || !authorId.equals(account.value())) {
            throw new AccessDeniedException("error.proposal.not-author");
        }
    }

    /** Computes the shape the map draws, for rows saved before it was kept. */
    public void refreshDisplayShape() {
        Geometry geometry = GeoJson.parse(geometryGeoJson);
        this.displayGeoJson = geometry instanceof Point ? null : GeoJson.write(DisplayGeometry.simplify(geometry));
    }

    private void apply(Content c, Instant now) {
        this.title = c.title();
        this.description = c.description();
        this.category = c.category();
        this.geometryKind = c.geometry().getGeometryType();
        this.geometryGeoJson = GeoJson.write(c.geometry());
        this.displayGeoJson =
                c.geometry() instanceof Point ? null : GeoJson.write(DisplayGeometry.simplify(c.geometry()));
        Point centre = c.geometry() instanceof Point p ? p : c.geometry().getInteriorPoint();
        this.centroidLat = centre.getY();
        this.centroidLon = centre.getX();
        this.districtId = c.districtId();
        this.districtName = c.districtName();
        this.parameters = ParameterJson.write(c.parameters());
        this.updatedAt = now;
    }

    public ProposalId id() {
        return new ProposalId(id);
    }

    public MunicipalityId municipality() {
        return MunicipalityId.of(municipalityId);
    }

    public ProposalState state() {
        return state;
    }

    public boolean isAuthor(AccountId account) {
        return account != null && authorId.equals(account.value());
    }

    public ProposalDetails toDetails() {
        return new ProposalDetails(
                id(),
                municipality(),
                title,
                description,
                category,
                state,
                geometryGeoJson,
                centroidLat,
                centroidLon,
                districtName,
                new AccountId(authorId),
                authorName,
                organisation,
                createdAt,
                submittedAt,
                updatedAt,
                answerText,
                answeredAt,
                answeredBy,
                hidden,
                hiddenReason,
                ParameterJson.read(parameters),
                processId == null ? null : new ProcessId(processId));
    }

    public ProposalSummary toSummary() {
        return new ProposalSummary(
                id(),
                title,
                category,
                state,
                districtId,
                districtName,
                authorName,
                organisation,
                submittedAt,
                createdAt);
    }

    /**
     * Validated content of a proposal. Constructing one checks every rule that needs no
     * other data, so a Content that exists is always storable.
     */
    public record Content(
            String title,
            String description,
            Category category,
            Geometry geometry,
            String districtId,
            String districtName,
            Map<String, Double> parameters) {

        public Content(
                String title,
                String description,
                Category category,
                Geometry geometry,
                String districtId,
                String districtName) {
            this(title, description, category, geometry, districtId, districtName, Map.of());
        }

        public Content {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
            checkText(title, description, category);
            if (geometry == null) {
                throw UserFacingException.forField("geometry", "error.geometry.missing");
            }
            if (!geometry.isValid() || geometry.isEmpty()) {
                throw UserFacingException.forField("geometry", "error.geometry.malformed");
            }
            String kind = geometry.getGeometryType();
            if (!kind.equals("Point") && !kind.equals("LineString") && !kind.equals("Polygon")) {
                throw UserFacingException.forField("geometry", "error.geometry.malformed");
            }
        }

        /** The rules for the fields above the map, checked in the order the form shows them. */
        public static void checkText(String title, String description, Category category) {
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
            if (title.isEmpty()) {
                throw UserFacingException.forField("title", "error.field.required");
            }
            if (title.length() > MAX_TITLE) {
                throw UserFacingException.forField("title", "error.field.too-long", MAX_TITLE);
            }
            if (title.codePoints().anyMatch(cp -> Character.isISOControl(cp))) {
                throw UserFacingException.forField("title", "error.field.control-characters");
            }
            if (description.length() > MAX_DESCRIPTION) {
                throw UserFacingException.forField("description", "error.field.too-long", MAX_DESCRIPTION);
            }
            if (category == null) {
                throw UserFacingException.forField("category", "error.category.unknown");
            }
        }
    }
}
