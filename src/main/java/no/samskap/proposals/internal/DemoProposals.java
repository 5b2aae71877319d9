package no.samskap.proposals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import no.samskap.identity.AccountService;
import no.samskap.identity.AccountSummary;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalsSettings;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Example proposals for the demo, and optionally many generated ones for load tests. */
@Component
@Profile("demo")
@Order(20)
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private final ProposalRepository proposals;
    private final AccountService accounts;
    private final MunicipalityService municipalities;
    private final ProposalsSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoProposals(
            ProposalRepository proposals,
            AccountService accounts,
            MunicipalityService municipalities,
            ProposalsSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.proposals = proposals;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Example(
            String municipality,
            String author,
            String title,
            String description,
            Category category,
            String geometry,
            Map<String, Double> parameters) {}

    private static final List<Example> EXAMPLES = List.of(
            new Example(
                    "baerum",
                    "kari",
                    "Solceller på taket av Bekkestua skole",
                    "Skoletaket er stort, flatt og vendt mot sør. **Forslag:** 150 kWp solceller, "
                            + "med en skjerm i gangen som viser produksjonen for elevene.",
                    Category.ROOFTOP_SOLAR,
                    point(10.5885, 59.9181),
                    Map.of("kwp", 150.0, "household", 0.0)),
            new Example(
                    "baerum",
                    "solkraft",
                    "Energifellesskap på Fornebu",
                    "Næringsbyggene rundt Fornebu torg deler overskuddsstrøm fra solcelletakene sine.",
                    Category.ENERGY_COMMUNITY,
                    polygon(10.6180, 59.8975, 10.6260, 59.9010),
                    Map.of("sharedKwp", 400.0)),
            new Example(
                    "baerum",
                    "kari",
                    "Sykkelvei langs Kolsåsbanen",
                    "Sammenhengende sykkelvei fra Kolsås til Bekkestua, skilt fra gående.",
                    Category.BIKE_LANE,
                    line(10.5010, 59.9150, 10.5380, 59.9190, 10.5880, 59.9180),
                    Map.of("lengthKm", 6.0, "tripsPerDay", 300.0, "tripKm", 5.0)),
            new Example(
                    "baerum",
                    "kari",
                    "Ombruksstasjon ved Sandvika storsenter",
                    "Et sted å levere og hente møbler, verktøy og sportsutstyr.",
                    Category.REUSE_REPAIR_CENTRE,
                    point(10.5240, 59.8905),
                    Map.of("furnitureItems", 2000.0, "electronicsKg", 5000.0)),
            new Example(
                    "baerum",
                    "solkraft",
                    "LED-veilys i Lommedalen",
                    "Bytte de gamle natriumlampene langs Lommedalsveien til styrt LED.",
                    Category.LED_STREET_LIGHTING,
                    line(10.4760, 59.9500, 10.4800, 59.9640),
                    Map.of("fittings", 400.0, "wattsBefore", 150.0, "wattsAfter", 45.0)),
            new Example(
                    "baerum",
                    "kari",
                    "Utlånssentral på Østerås",
                    "Lån telt, ski og verktøy i stedet for å kjøpe.",
                    Category.SHARING_LIBRARY,
                    point(10.6050, 59.9400),
                    Map.of("itemsLent", 1500.0, "kgCo2PerLoan", 8.0)),
            new Example(
                    "alesund",
                    "ola",
                    "Solceller på Aspøy skole",
                    "Taket på Aspøy skole kan gi strøm til skolen og nabolaget.",
                    Category.ROOFTOP_SOLAR,
                    point(6.1560, 62.4740),
                    Map.of("kwp", 60.0, "household", 0.0)),
            new Example(
                    "alesund",
                    "ola",
                    "Hyppigere bussavganger Spjelkavik–sentrum",
                    "Avgang hvert 10. minutt i rushtiden.",
                    Category.PUBLIC_TRANSPORT,
                    line(6.3400, 62.4620, 6.2500, 62.4680, 6.1600, 62.4720),
                    Map.of(
                            "extraDeparturesPercent",
                            50.0,
                            "passengersPerDay",
                            3000.0,
                            "tripKm",
                            6.0,
                            "shareFromCar",
                            0.3,
                            "electricBuses",
                            1.0)),
            new Example(
                    "alesund",
                    "ola",
                    "Tekstilinnsamling på Moa",
                    "Flere innsamlingspunkter for klær og tekstiler ved kjøpesenteret.",
                    Category.TEXTILE_COLLECTION,
                    point(6.3440, 62.4650),
                    Map.of("kg", 20000.0)),
            new Example(
                    "trondheim",
                    "marit",
                    "Solceller på taket av Nardo skole",
                    "Skoletaket på Nardo har plass til rundt 100 kWp solceller. Strømmen brukes i skoletiden, "
                            + "og overskuddet i sommerferien selges til nettet.",
                    Category.ROOFTOP_SOLAR,
                    point(10.4240, 63.4040),
                    Map.of("kwp", 100.0, "household", 0.0)),
            new Example(
                    "trondheim",
                    "marit",
                    "Felles bergvarme for 20 rekkehus på Kattem",
                    "Rekkehusene i sameiet varmes i dag med panelovner. **Forslag:** felles brønnpark med "
                            + "bergvarme (væske-til-vann) for alle 20 boligene.",
                    Category.HEAT_PUMP,
                    point(10.3180, 63.3570),
                    Map.of("homes", 20.0, "type", 3.0, "replacesOil", 0.0)),
            new Example(
                    "trondheim",
                    "marit",
                    "Sykkelvei Strindheim–Ranheim",
                    "Sammenhengende sykkelvei fra Strindheim til Ranheim, skilt fra gående og bilvei.",
                    Category.BIKE_LANE,
                    line(10.4500, 63.4300, 10.4900, 63.4290, 10.5350, 63.4270),
                    Map.of("lengthKm", 4.2, "tripsPerDay", 200.0, "tripKm", 4.0)));

    @Override
    public void run(ApplicationArguments args) {
        if (proposals.count() > 0) {
            return;
        }
        if (settings.demoProposals()) {
            transactions.executeWithoutResult(tx -> EXAMPLES.forEach(this::create));
            log.info("Seeded {} demo proposals", EXAMPLES.size());
        }
        if (settings.generatedProposals() > 0) {
            for (Municipality m : municipalities.all()) {
                generate(m, settings.generatedProposals());
            }
        }
    }

    private void create(Example e) {
        Optional<AccountSummary> author = accounts.findByUsername(e.author());
        if (author.isEmpty()) {
            return;
        }
        MunicipalityId municipality = MunicipalityId.of(e.municipality());
        Geometry geometry = GeoJson.parse(e.geometry());
        Instant now = clock.instant().minus(Duration.ofHours(EXAMPLES.indexOf(e) * 7L));
        Proposal p = Proposal.draft(
                municipality,
                author.get().id(),
                author.get().displayName(),
                author.get().organisation(),
                content(municipality, e.title(), e.description(), e.category(), geometry, e.parameters()),
                now);
        // Submit before saving: save() merges a copy, so later changes to p would be lost.
        var submitted = p.submit(author.get().id(), now);
        proposals.save(p);
        // Announced like any submission, so authors follow their examples and the audit log has them.
        events.publishEvent(submitted);
    }

    private Proposal.Content content(
            MunicipalityId municipality,
            String title,
            String description,
            Category category,
            Geometry geometry,
            Map<String, Double> parameters) {
        var centre = geometry.getInteriorPoint();
        var district = municipalities.districtAt(municipality, centre.getY(), centre.getX());
        return new Proposal.Content(
                title,
                description,
                category,
                geometry,
                district.map(Municipality.District::id).orElse(null),
                district.map(Municipality.District::name).orElse(null),
                parameters);
    }

    /** Points spread at random inside the boundary, for trying the map with many proposals. */
    private void generate(Municipality m, int count) {
        Optional<AccountSummary> author = accounts.findAll().stream()
                .filter(a -> m.id().equals(a.municipality()))
                .findFirst();
        if (author.isEmpty()) {
            return;
        }
        Geometry boundary = GeoJson.parse(m.boundaryGeoJson());
        Envelope box = boundary.getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(m.id().hashCode());
        Category[] categories = Category.values();
        List<Proposal> batch = new ArrayList<>();
        int made = 0;
        while (made < count) {
            Coordinate c = new Coordinate(
                    box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            Geometry point = GeoJson.FACTORY.createPoint(c);
            if (!boundary.covers(point)) {
                continue;
            }
            made++;
            Category category = categories[random.nextInt(categories.length)];
            Instant now = clock.instant().minusSeconds(random.nextInt(90 * 24 * 3600));
            Proposal p = Proposal.draft(
                    m.id(),
                    author.get().id(),
                    author.get().displayName(),
                    author.get().organisation(),
                    content(
                            m.id(),
                            "Generert forslag " + made,
                            "Generert for belastningstest.",
                            category,
                            point,
                            Map.of()),
                    now);
            p.submit(author.get().id(), now);
            batch.add(p);
            if (batch.size() == 500 || made == count) {
                List<Proposal> toSave = List.copyOf(batch);
                transactions.executeWithoutResult(tx -> proposals.saveAll(toSave));
                batch.clear();
            }
        }
        log.info("Generated {} proposals in {}", count, m.name());
    }

    private static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }

    private static String line(double... lonLat) {
        StringBuilder s = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < lonLat.length; i += 2) {
            s.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(lonLat[i])
                    .append(',')
                    .append(lonLat[i + 1])
                    .append(']');
        }
        return s.append("]}").toString();
    }

    private static String polygon(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }
}
