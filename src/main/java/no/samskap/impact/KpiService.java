package no.samskap.impact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.impact.internal.KpiBaseline;
import no.samskap.impact.internal.KpiBaselineRepository;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AuditableAction;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The U4SSC KPIs of a municipality: baselines officials enter, and the proposals that move each KPI. */
@Service
@Transactional
public class KpiService {

    /** A KPI as the KPI page shows it. */
    public record KpiRow(KpiCatalogue.Kpi kpi, Optional<Baseline> baseline, List<ProposalSummary> proposals) {}

    /** An entered baseline value with its year and source. */
    public record Baseline(String value, int year, String source, String enteredBy) {}

    private final KpiCatalogue catalogue;
    private final KpiBaselineRepository baselines;
    private final ProposalService proposals;
    private final ImpactService impact;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KpiService(
            KpiCatalogue catalogue,
            KpiBaselineRepository baselines,
            ProposalService proposals,
            ImpactService impact,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.catalogue = catalogue;
        this.baselines = baselines;
        this.proposals = proposals;
        this.impact = impact;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KpiRow> rows(MunicipalityId municipality) {
        Map<String, Baseline> entered = new HashMap<>();
        for (KpiBaseline b : baselines.findByKeyMunicipalityId(municipality.value())) {
            entered.put(b.code(), new Baseline(b.value(), b.year(), b.source(), b.enteredBy()));
        }
        Map<String, List<ProposalSummary>> moving = new HashMap<>();
        for (ProposalSummary s :
                proposals.search(ProposalQuery.all(municipality), 0, 200).getContent()) {
            ProposalDetails d = proposals.find(s.id()).orElse(null);
            if (d == null) {
                continue;
            }
            Estimate e = impact.estimate(d.category(), d.parameters(), municipality);
            if (e.isComplete()) {
                e.kpis()
                        .forEach(k -> moving.computeIfAbsent(k.code(), c -> new ArrayList<>())
                                .add(s));
            }
        }
        return catalogue.all().stream()
                .map(k -> new KpiRow(
                        k, Optional.ofNullable(entered.get(k.id())), moving.getOrDefault(k.code(), List.of())))
                .toList();
    }

    /** Enters or replaces a baseline value; officials of the municipality only, and always with a source. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void setBaseline(MunicipalityId municipality, String kpiId, String value, Integer year, String source) {
        SignedInUser official = currentUser.requireWriter();
        if (!official.belongsTo(municipality)) {
            throw new AccessDeniedException("error.moderation.other-municipality");
        }
        if (catalogue.byId(kpiId).isEmpty()) {
            throw new UserFacingException("error.kpi.unknown");
        }
        String v = value == null ? "" : value.strip();
        String s = source == null ? "" : source.strip();
        if (v.isEmpty()) {
            throw UserFacingException.forField("value", "error.field.required");
        }
        if (v.length() > 80) {
            throw UserFacingException.forField("value", "error.field.too-long", 80);
        }
        if (year == null || year < 1990 || year > 2100) {
            throw UserFacingException.forField("year", "error.kpi.year");
        }
        if (s.isEmpty()) {
            throw UserFacingException.forField("source", "error.kpi.source");
        }
        if (s.length() > 300) {
            throw UserFacingException.forField("source", "error.field.too-long", 300);
        }
        KpiBaseline baseline = baselines
                .findById(new KpiBaseline.Key(municipality.value(), kpiId))
                .orElseGet(() -> new KpiBaseline(municipality.value(), kpiId));
        baseline.set(v, year, s, official.displayName(), clock.instant());
        baselines.save(baseline);
        events.publishEvent(new AuditableAction(
                clock.instant(),
                municipality,
                official.id(),
                official.displayName(),
                "KPI_BASELINE_SET",
                "KPI",
                kpiId,
                v + " (" + year + "; " + s + ")"));
    }
}
