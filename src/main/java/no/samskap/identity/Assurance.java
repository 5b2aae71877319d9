package no.samskap.identity;

/**
 * How sure Samskap is of who is signed in: by password only, or through ID-porten at eIDAS level
 * "substantial" (MinID) or "high" (BankID, Buypass, Commfides). Ordered from least to most sure.
 */
public enum Assurance {
    PASSWORD,
    SUBSTANTIAL,
    HIGH;

    public boolean atLeast(Assurance other) {
        return compareTo(other) >= 0;
    }
}
