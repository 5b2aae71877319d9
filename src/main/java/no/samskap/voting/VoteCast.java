package no.samskap.voting;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/**
 * A vote was cast, changed or withdrawn; carries the new tally (with its version, so views can
 * drop one that arrives after a newer one) so views need not ask.
 */
public record VoteCast(ProposalId proposal, MunicipalityId municipality, Tally tally, Instant at) implements LiveEvent {

    // The most frequent event between nodes: sent as a few numbers rather than as the records and
    // enum maps it holds, which Java serialisation described afresh in every message.
    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    /** The compact form of a {@link VoteCast} on the cluster topic. */
    public static final class Wire implements Externalizable {

        @Serial
        private static final long serialVersionUID = 1L;

        private VoteCast event;

        /** For deserialisation only. */
        public Wire() {}

        Wire(VoteCast event) {
            this.event = event;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            UUID id = event.proposal().value();
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
            out.writeUTF(event.municipality().value());
            out.writeLong(event.tally().version());
            for (StakeholderType type : StakeholderType.values()) {
                out.writeInt(event.tally().support(type));
                out.writeInt(event.tally().oppose(type));
            }
            out.writeLong(event.at().getEpochSecond());
            out.writeInt(event.at().getNano());
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            ProposalId proposal = new ProposalId(new UUID(in.readLong(), in.readLong()));
            MunicipalityId municipality = MunicipalityId.of(in.readUTF());
            long version = in.readLong();
            Map<StakeholderType, Integer> support = new EnumMap<>(StakeholderType.class);
            Map<StakeholderType, Integer> oppose = new EnumMap<>(StakeholderType.class);
            for (StakeholderType type : StakeholderType.values()) {
                support.put(type, in.readInt());
                oppose.put(type, in.readInt());
            }
            Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
            event = new VoteCast(proposal, municipality, new Tally(proposal, support, oppose, version), at);
        }

        @Serial
        private Object readResolve() {
            return event;
        }
    }
}
