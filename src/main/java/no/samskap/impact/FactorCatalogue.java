package no.samskap.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.shared.MunicipalityId;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The factors every estimate uses, read once at start-up from data (not code). A malformed
 * file stops start-up with a message naming the file and line.
 */
@Component
public class FactorCatalogue {

    private final Map<String, Factor> factors;
    private final List<Change> changes;
    private final ImpactSettings settings;
    private final Map<String, Factor> electricityByMunicipality = new HashMap<>();
    // Every factor's Monte Carlo values, drawn once: a draw is then an array read, and the same seed
    // gives the same values on every node.
    private final Map<String, double[]> draws = new HashMap<>();
    private final Map<String, double[]> electricityDraws = new HashMap<>();

    private static final String ELECTRICITY = "electricity.emission";

    /** One entry of the change log: what changed in a version of the catalogue. */
    public record Change(String version, LocalDate date, String change) {}

    FactorCatalogue(ImpactSettings settings, ResourceLoader resources) throws IOException {
        this.settings = settings;
        try (Reader in = new InputStreamReader(
                resources.getResource(settings.factors()).getInputStream(), StandardCharsets.UTF_8)) {
            this.factors = parse(in, settings.factors());
        }
        try (Reader in = new InputStreamReader(
                resources.getResource(settings.changes()).getInputStream(), StandardCharsets.UTF_8)) {
            this.changes = parseChanges(in, settings.changes());
        }
        Factor electricity = factors.get(ELECTRICITY);
        if (electricity != null) {
            settings.electricityEmissionByMunicipality()
                    .forEach((m, chosen) -> electricityByMunicipality.put(m, electricity.withCentral(chosen)));
        }
        factors.values().forEach(f -> draws.put(f.key(), latinHypercube(f, settings.seed(), settings.samples())));
        electricityByMunicipality.forEach(
                (m, f) -> electricityDraws.put(m, latinHypercube(f, settings.seed(), settings.samples())));
    }

    /**
     * The factor's value in Monte Carlo draw {@code index} (0 ≤ index < samples), as it applies in the
     * municipality. Two estimates share a factor's value in a draw, so a scenario can add them draw by
     * draw and a factor that is high is high for all its measures at once.
     */
    public double draw(String key, MunicipalityId municipality, int index) {
        if (municipality != null && key.equals(ELECTRICITY)) {
            double[] chosen = electricityDraws.get(municipality.value());
            if (chosen != null) {
                return chosen[index];
            }
        }
        double[] values = draws.get(key);
        if (values == null) {
            throw new IllegalStateException("No impact factor " + key);
        }
        return values[index];
    }

    /**
     * A Latin hypercube sample of the factor's triangular distribution over low, central and high: one
     * value from each of {@code n} equally likely strata, in an order shuffled by the seed and the
     * factor's key. It covers the tails evenly, so a few hundred draws give steady P10 and P90.
     */
    static double[] latinHypercube(Factor f, long seed, int n) {
        double[] values = new double[n];
        if (f.low() == f.high()) {
            Arrays.fill(values, f.central());
            return values;
        }
        SplitMix random = new SplitMix(seed ^ (f.key().hashCode() * 0x9E3779B97F4A7C15L));
        int[] strata = new int[n];
        for (int i = 0; i < n; i++) {
            strata[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = strata[i];
            strata[i] = strata[j];
            strata[j] = t;
        }
        for (int i = 0; i < n; i++) {
            values[i] = triangular(f.low(), f.central(), f.high(), (strata[i] + random.nextDouble()) / n);
        }
        return values;
    }

    /** Inverse of the triangular distribution's cumulative distribution function. */
    static double triangular(double low, double mode, double high, double u) {
        double width = high - low;
        double split = (mode - low) / width;
        return u < split
                ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
    }

    /** SplitMix64: a small generator whose output is fixed by its seed on every JVM. */
    private static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        double nextDouble() {
            return (next() >>> 11) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            return (int) Math.floorMod(next(), (long) bound);
        }
    }

    /** Parses the change log; public for tests of bad files. */
    public static List<Change> parseChanges(Reader reader, String name) throws IOException {
        List<Change> result = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", 3);
            if (f.length != 3 || f[0].isBlank() || f[2].isBlank()) {
                throw bad(name, number, "expected version;date;change");
            }
            try {
                result.add(new Change(f[0].strip(), LocalDate.parse(f[1].strip()), f[2].strip()));
            } catch (DateTimeParseException e) {
                throw bad(name, number, "date is not yyyy-mm-dd: '" + f[1] + "'");
            }
        }
        if (result.isEmpty()) {
            throw bad(name, number, "the change log names no version");
        }
        return List.copyOf(result);
    }

    /** The catalogue's version: the last entry of its change log. */
    public String version() {
        return changes.getLast().version();
    }

    /** The change log, oldest first. */
    public List<Change> changes() {
        return changes;
    }

    /** Parses the catalogue format; public for tests of bad files. */
    public static Map<String, Factor> parse(Reader reader, String name) throws IOException {
        Map<String, Factor> result = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 9) {
                throw bad(name, number, "expected 9 fields separated by ';' but found " + f.length);
            }
            String key = f[0].strip();
            if (!key.matches("[a-z0-9.-]+")) {
                throw bad(name, number, "malformed key '" + key + "'");
            }
            if (f[1].isBlank()) {
                throw bad(name, number, "factor " + key + " has no unit");
            }
            if (f[6].isBlank() || !f[7].strip().matches("https?://\\S+")) {
                throw bad(name, number, "factor " + key + " has no source title and URL");
            }
            double low = number(f[3], name, number, "low");
            double central = number(f[4], name, number, "central");
            double high = number(f[5], name, number, "high");
            if (!(low <= central && central <= high)) {
                throw bad(name, number, "factor " + key + " needs low <= central <= high");
            }
            int year = (int) number(f[2], name, number, "year");
            if (result.put(
                            key,
                            new Factor(
                                    key,
                                    f[1].strip(),
                                    year,
                                    low,
                                    central,
                                    high,
                                    f[6].strip(),
                                    f[7].strip(),
                                    f[8].strip()))
                    != null) {
                throw bad(name, number, "factor " + key + " appears twice");
            }
        }
        return Map.copyOf(result);
    }

    private static double number(String text, String name, int line, String field) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(name, line, field + " is not a number: '" + text + "'");
        }
    }

    private static IllegalStateException bad(String name, int line, String message) {
        return new IllegalStateException("Impact factor file " + name + ", line " + line + ": " + message);
    }

    /** The factor as it applies in a municipality (the electricity factor's central value may be chosen locally). */
    public Factor get(String key, MunicipalityId municipality) {
        if (municipality != null && key.equals(ELECTRICITY)) {
            Factor chosen = electricityByMunicipality.get(municipality.value());
            if (chosen != null) {
                return chosen;
            }
        }
        Factor factor = factors.get(key);
        if (factor == null) {
            throw new IllegalStateException("No impact factor " + key);
        }
        return factor;
    }

    public Optional<Factor> find(String key) {
        return Optional.ofNullable(factors.get(key));
    }

    public Collection<Factor> all() {
        return factors.values();
    }
}
