package no.samskap.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A place one person watches: new proposals within the radius notify them. */
@Entity
@Table(name = "area_watch")
public class AreaWatch {

    private static final double EARTH_RADIUS_M = 6_371_000;

    @Id
    private UUID id;

    private UUID accountId;
    private String municipalityId;
    private double lat;
    private double lon;

    @Column(name = "radius_m")
    private int radiusMetres;

    private Instant createdAt;

    protected AreaWatch() {}

    public AreaWatch(UUID accountId, String municipalityId, double lat, double lon, int radiusMetres, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.municipalityId = municipalityId;
        this.lat = lat;
        this.lon = lon;
        this.radiusMetres = radiusMetres;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    public int radiusMetres() {
        return radiusMetres;
    }

    /** Great-circle distance in metres (haversine): exact enough within a municipality. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public boolean covers(double pointLat, double pointLon) {
        return distanceMetres(lat, lon, pointLat, pointLon) <= radiusMetres;
    }
}
