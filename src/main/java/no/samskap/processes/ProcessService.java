package no.samskap.processes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.MunicipalityService;
import no.samskap.processes.internal.PhaseEntity;
import no.samskap.processes.internal.PhaseRepository;
import no.samskap.processes.internal.ProcessEntity;
import no.samskap.processes.internal.ProcessRepository;
import no.samskap.shared.FieldText;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates processes, moves them from phase to phase, and publishes what each phase heard. */
@Service
@Transactional
public class ProcessService {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int MAX_TITLE = 120;
    private static final int MAX_PHASE_NAME = 120;

    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final ProcessSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProcessService(
            ProcessRepository processes,
            PhaseRepository phases,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            ProcessSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.processes = processes;
        this.phases = phases;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** The municipality's processes, newest first. */
    @Transactional(readOnly = true)
    public List<ProcessSummary> list(MunicipalityId municipality) {
        LocalDate today = today();
        return processes.findByMunicipalityIdOrderByCreatedAtDesc(municipality.value()).stream()
                .map(p -> {
                    List<Phase> ps = phases(p.id(), today);
                    Phase current = ps.stream()
                            .filter(ph -> ph.state() == PhaseState.OPEN)
                            .findFirst()
                            .or(() -> ps.stream()
                                    .filter(ph -> ph.state() == PhaseState.PLANNED)
                                    .findFirst())
                            .orElse(ps.isEmpty() ? null : ps.getLast());
                    return new ProcessSummary(
                            new ProcessId(p.id()),
                            p.title(),
                            p.template(),
                            current,
                            ps.isEmpty() ? null : ps.getFirst().startsOn(),
                            ps.isEmpty() ? null : ps.getLast().endsOn());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProcessDetails> find(ProcessId id) {
        LocalDate today = today();
        return processes
                .findById(id.value())
                .map(p -> new ProcessDetails(
                        id,
                        MunicipalityId.of(p.municipalityId()),
                        p.title(),
                        p.description(),
                        p.areaGeoJson(),
                        p.template(),
                        phases(p.id(), today),
                        p.createdByName(),
                        p.createdAt()));
    }

    /** Whether the signed-in user runs processes in this municipality (its officials and administrators). */
    @Transactional(readOnly = true)
    public boolean mayManage(MunicipalityId municipality) {
        return currentUser.isOfficialOf(municipality);
    }

    /** A template's phases from today, for the form to start from. */
    public List<PhaseInput> template(ProcessTemplate template) {
        return template.phasesFrom(today());
    }

    /** Creates a process with its phases; officials of the municipality only. None is open yet. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public ProcessId create(MunicipalityId municipality, ProcessInput input) {
        SignedInUser official = official(municipality);
        String title = title(input.title());
        String description = description(input.description());
        if (input.template() == null) {
            throw UserFacingException.forField("template", "error.field.required");
        }
        String area = area(municipality, input.areaGeoJson());
        checkPhases(input.template(), input.phases());

        UUID id = UUID.randomUUID();
        processes.save(new ProcessEntity(
                id,
                municipality.value(),
                title,
                description,
                area,
                input.template(),
                official.id().value(),
                official.displayName(),
                clock.instant()));
        int position = 0;
        for (PhaseInput p : input.phases()) {
            String name = p.name() == null ? "" : p.name().strip();
            phases.save(new PhaseEntity(id, position++, p.kind(), name, p.startsOn(), p.endsOn(), p.actions()));
        }
        ProcessId processId = new ProcessId(id);
        audit(official, municipality, "PROCESS_CREATED", processId, title);
        return processId;
    }

    /** Changes a process's title and description; officials of its municipality. Open pages show it at once. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void describe(ProcessId process, String title, String description) {
        ProcessEntity p = lock(process);
        MunicipalityId municipality = MunicipalityId.of(p.municipalityId());
        SignedInUser official = official(municipality);
        String t = title(title);
        String d = description(description);
        p.describe(t, d);
        audit(official, municipality, "PROCESS_EDITED", process, t);
        events.publishEvent(new PhaseChanged(process, municipality));
    }

    private static String title(String text) {
        String title = text == null ? "" : text.strip();
        if (title.length() < 3) {
            throw UserFacingException.forField("title", "error.field.too-short", 3);
        }
        if (title.length() > MAX_TITLE) {
            throw UserFacingException.forField("title", "error.field.too-long", MAX_TITLE);
        }
        return title;
    }

    private String description(String text) {
        String description = text == null ? "" : text.strip();
        if (description.length() > settings.maxDescriptionCharacters()) {
            throw UserFacingException.forField(
                    "description", "error.field.too-long", settings.maxDescriptionCharacters());
        }
        return description;
    }

    /**
     * Closes the open phase, if any, and opens the next planned one. Participants may do what the
     * new phase allows from this moment.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public Phase openNextPhase(ProcessId process) {
        return openPhase(process, -1);
    }

    /**
     * Opens the phase at {@code position}, which must be the next one never opened (as the official saw
     * it: with two officials at work, the second is told rather than skipping a phase). A position
     * below zero opens whichever is next.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public Phase openPhase(ProcessId process, int position) {
        ProcessEntity p = lock(process);
        SignedInUser official = official(MunicipalityId.of(p.municipalityId()));
        List<PhaseEntity> all = phases.findByKeyProcessIdOrderByKeyPosition(p.id());
        PhaseEntity next = all.stream()
                .filter(ph -> !ph.isOpened())
                .findFirst()
                .orElseThrow(() -> new UserFacingException("error.phase.no-next"));
        if (position >= 0 && next.position() != position) {
            throw new UserFacingException("error.phase.changed");
        }
        all.stream().filter(ph -> ph.isOpened()).forEach(ph -> ph.close(clock.instant()));
        next.open(clock.instant());
        audit(
                official,
                MunicipalityId.of(p.municipalityId()),
                "PHASE_OPENED",
                process,
                "phase " + (next.position() + 1));
        events.publishEvent(new PhaseChanged(process, MunicipalityId.of(p.municipalityId())));
        return next.toApi(today());
    }

    /**
     * Moves a phase that has not ended to new dates; the phases before and after must not overlap
     * it, and a plan's public consultation keeps its six weeks.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void reschedule(ProcessId process, int position, LocalDate startsOn, LocalDate endsOn) {
        ProcessEntity p = lock(process);
        MunicipalityId municipality = MunicipalityId.of(p.municipalityId());
        SignedInUser official = official(municipality);
        List<PhaseEntity> all = phases.findByKeyProcessIdOrderByKeyPosition(p.id());
        PhaseEntity phase = all.stream()
                .filter(ph -> ph.position() == position)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("error.phase.unknown"));
        if (phase.state(today()) == PhaseState.CLOSED) {
            throw new UserFacingException("error.phase.ended-unchangeable");
        }
        List<PhaseInput> planned = all.stream()
                .map(ph -> ph.position() == position
                        ? new PhaseInput(ph.kind(), ph.name(), startsOn, endsOn, Set.of())
                        : new PhaseInput(ph.kind(), ph.name(), ph.startsOn(), ph.endsOn(), Set.of()))
                .toList();
        checkPhases(p.template(), planned);
        phase.reschedule(startsOn, endsOn);
        audit(
                official,
                municipality,
                "PHASE_RESCHEDULED",
                process,
                "phase " + (position + 1) + ": " + startsOn + " – " + endsOn);
        events.publishEvent(new PhaseChanged(process, municipality));
    }

    /** Closes the open phase without opening another: nothing is allowed until the next is opened. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void closePhase(ProcessId process) {
        ProcessEntity p = lock(process);
        SignedInUser official = official(MunicipalityId.of(p.municipalityId()));
        LocalDate today = today();
        PhaseEntity open = phases.findByKeyProcessIdOrderByKeyPosition(p.id()).stream()
                .filter(ph -> ph.state(today) == PhaseState.OPEN)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("error.phase.none-open", p.title()));
        open.close(clock.instant());
        audit(
                official,
                MunicipalityId.of(p.municipalityId()),
                "PHASE_CLOSED",
                process,
                "phase " + (open.position() + 1));
        events.publishEvent(new PhaseChanged(process, MunicipalityId.of(p.municipalityId())));
    }

    /**
     * Publishes "what we heard, what changed" for a phase that has ended; the process's followers
     * are told the first time. Writing again corrects the text without telling them again.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void publishSummary(ProcessId process, int position, String markdown) {
        ProcessEntity p = lock(process);
        MunicipalityId municipality = MunicipalityId.of(p.municipalityId());
        SignedInUser official = official(municipality);
        String text = FieldText.required(markdown, "summary", settings.maxSummaryCharacters());
        PhaseEntity phase = phases.findById(new PhaseEntity.Key(p.id(), position))
                .orElseThrow(() -> new UserFacingException("error.phase.unknown"));
        if (phase.state(today()) != PhaseState.CLOSED) {
            throw new UserFacingException("error.phase.summary-before-end");
        }
        boolean first = phase.summarise(text, official.displayName(), clock.instant());
        audit(official, municipality, "PHASE_SUMMARY", process, "phase " + (position + 1));
        events.publishEvent(new PhaseChanged(process, municipality));
        if (first) {
            events.publishEvent(
                    new PhaseSummaryPublished(process, municipality, p.title(), position, official.displayName()));
        }
    }

    private void checkPhases(ProcessTemplate template, List<PhaseInput> input) {
        if (input.isEmpty()) {
            throw UserFacingException.forField("phases", "error.phase.none");
        }
        if (input.size() > settings.maxPhases()) {
            throw UserFacingException.forField("phases", "error.phase.too-many", settings.maxPhases());
        }
        LocalDate previousEnd = null;
        int n = 0;
        for (PhaseInput p : input) {
            n++;
            if (p.kind() == null || p.startsOn() == null || p.endsOn() == null) {
                throw UserFacingException.forField("phases", "error.phase.incomplete", n);
            }
            if (p.endsOn().isBefore(p.startsOn())) {
                throw UserFacingException.forField("phases", "error.phase.ends-before-start", n);
            }
            if (previousEnd != null && !p.startsOn().isAfter(previousEnd)) {
                throw UserFacingException.forField("phases", "error.phase.overlap", n);
            }
            if (p.name() != null && p.name().strip().length() > MAX_PHASE_NAME) {
                throw UserFacingException.forField("phases", "error.field.too-long", MAX_PHASE_NAME);
            }
            if (p.kind() == PhaseKind.OTHER && (p.name() == null || p.name().isBlank())) {
                throw UserFacingException.forField("phases", "error.phase.name-needed", n);
            }
            if (template == ProcessTemplate.PLAN
                    && p.kind() == PhaseKind.CONSULTATION
                    && ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()) + 1
                            < ProcessTemplate.MIN_PLAN_CONSULTATION_DAYS) {
                throw UserFacingException.forField("phases", "error.phase.consultation-too-short", n);
            }
            previousEnd = p.endsOn();
        }
    }

    private String area(MunicipalityId municipality, String areaGeoJson) {
        if (areaGeoJson == null || areaGeoJson.isBlank()) {
            return null;
        }
        Geometry area;
        try {
            area = GeoJson.parse(areaGeoJson);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.forField("area", "error.process.area");
        }
        if (!(area instanceof Polygon) || !area.isValid() || area.getArea() <= 0) {
            throw UserFacingException.forField("area", "error.process.area");
        }
        if (!municipalities.contains(municipality, area.getCentroid())) {
            throw UserFacingException.forField("area", "error.process.area-outside");
        }
        return GeoJson.write(area);
    }

    /** The process, locked: two officials changing its phases at once take turns. */
    private ProcessEntity lock(ProcessId id) {
        return processes.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.process.not-found"));
    }

    private ProcessEntity load(ProcessId id) {
        return processes.findById(id.value()).orElseThrow(() -> new UserFacingException("error.process.not-found"));
    }

    private List<Phase> phases(UUID process, LocalDate today) {
        return phases.findByKeyProcessIdOrderByKeyPosition(process).stream()
                .map(ph -> ph.toApi(today))
                .toList();
    }

    private SignedInUser official(MunicipalityId municipality) {
        return currentUser.requireOfficialOf(municipality, "error.process.not-official");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    private void audit(
            SignedInUser official, MunicipalityId municipality, String action, ProcessId process, String detail) {
        events.publishEvent(official.did(clock.instant(), municipality, action, "PROCESS", process.toString(), detail));
    }
}
