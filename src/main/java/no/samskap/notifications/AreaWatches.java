package no.samskap.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.notifications.internal.AreaWatch;
import no.samskap.notifications.internal.AreaWatchRepository;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places people watch: "tell me about new proposals within N metres of here". A new proposal
 * notifies everyone whose place is that close (in the app, and by mail as they chose for the kind).
 */
@Service
public class AreaWatches {

    private static final double METRES_PER_DEGREE = 111_320;

    private final AreaWatchRepository watches;
    private final NotificationService notifications;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final NotificationSettings settings;
    private final Clock clock;

    AreaWatches(
            AreaWatchRepository watches,
            NotificationService notifications,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            NotificationSettings settings,
            Clock clock) {
        this.watches = watches;
        this.notifications = notifications;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** A watched place as its owner sees it; {@code district} is empty outside every district. */
    public record Watch(UUID id, double lat, double lon, int radiusMetres, String district) {}

    /** The distances one may choose, in metres. */
    public List<Integer> radii() {
        return settings.watchRadii();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Watch> mine(MunicipalityId municipality) {
        return watches
                .findByAccountIdOrderByCreatedAt(currentUser.require().id().value())
                .stream()
                .map(w -> new Watch(
                        w.id(),
                        w.lat(),
                        w.lon(),
                        w.radiusMetres(),
                        municipalities
                                .districtAt(municipality, w.lat(), w.lon())
                                .map(Municipality.District::name)
                                .orElse("")))
                .toList();
    }

    /** Watches a place given as a GeoJSON point (from the map), within one of the offered distances. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID watch(MunicipalityId municipality, String pointGeoJson, int radiusMetres) {
        SignedInUser user = currentUser.requireWriter();
        if (pointGeoJson == null || pointGeoJson.isBlank()) {
            throw UserFacingException.forField("place", "error.watch.place");
        }
        Geometry place;
        try {
            place = GeoJson.parse(pointGeoJson);
        } catch (IllegalArgumentException malformed) {
            throw UserFacingException.forField("place", "error.watch.place");
        }
        if (!(place instanceof Point point) || point.isEmpty()) {
            throw UserFacingException.forField("place", "error.watch.place");
        }
        Municipality m = municipalities
                .find(municipality)
                .orElseThrow(() -> new UserFacingException("error.municipality.required"));
        if (!municipalities.contains(municipality, point)) {
            throw UserFacingException.forField("place", "error.watch.outside", m.name());
        }
        if (!settings.watchRadii().contains(radiusMetres)) {
            throw UserFacingException.forField("radius", "error.watch.radius");
        }
        if (watches.countByAccountId(user.id().value()) >= settings.maxWatches()) {
            throw UserFacingException.forField("place", "error.watch.too-many", settings.maxWatches());
        }
        currentUser.requireWriter(Limit.FOLLOW);
        AreaWatch watch = new AreaWatch(
                user.id().value(), municipality.value(), point.getY(), point.getX(), radiusMetres, clock.instant());
        watches.save(watch);
        return watch.id();
    }

    /** Stops watching one of one's own places. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(UUID id) {
        AccountId me = currentUser.require().id();
        AreaWatch watch = watches.findById(id).orElse(null);
        if (watch == null) {
            return;
        }
        if (!watch.accountId().equals(me.value())) {
            throw new AccessDeniedException("error.watch.not-yours");
        }
        watches.delete(watch);
    }

    /** A circle of the watch's radius as a GeoJSON polygon, for drawing on the map. */
    public static String circle(double lat, double lon, int radiusMetres) {
        StringBuilder ring = new StringBuilder();
        int corners = 48;
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double dLon = radiusMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        for (int i = 0; i <= corners; i++) {
            double a = 2 * Math.PI * (i % corners) / corners;
            ring.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT, "[%.6f,%.6f]", lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        int widest =
                settings.watchRadii().stream().mapToInt(Integer::intValue).max().orElse(0);
        double dLat = widest / METRES_PER_DEGREE;
        double dLon = widest / (METRES_PER_DEGREE * Math.cos(Math.toRadians(e.lat())));
        List<AccountId> near = watches
                .findByMunicipalityIdAndLatBetweenAndLonBetween(
                        e.municipality().value(), e.lat() - dLat, e.lat() + dLat, e.lon() - dLon, e.lon() + dLon)
                .stream()
                .filter(w -> w.covers(e.lat(), e.lon()))
                .map(w -> new AccountId(w.accountId()))
                .distinct()
                .toList();
        if (!near.isEmpty()) {
            notifications.notify(
                    near,
                    e.author(),
                    NotificationKind.NEARBY,
                    e.proposal(),
                    e.municipality(),
                    e.title(),
                    e.authorName(),
                    null);
        }
    }
}
