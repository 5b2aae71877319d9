package no.samskap.workshops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.Round;
import no.samskap.workshops.RoundId;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopState;
import org.junit.jupiter.api.Test;

/** The room's state as events arrive: in order, late, twice, or for things it has not seen. */
class RoomStateTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final Instant T0 = Instant.parse("2026-05-04T18:00:00Z");
    final WorkshopId workshop = WorkshopId.random();
    final List<String> heard = new ArrayList<>();

    private RoomState state(WorkshopState workshopState, List<Pin> pins, List<Round> rounds, FacilitatorView view) {
        WorkshopDetails details = new WorkshopDetails(
                workshop,
                BAERUM,
                "Sandvika",
                "ABCDEF",
                "{}",
                new AccountId(UUID.randomUUID()),
                "Frode",
                workshopState,
                T0,
                null,
                List.of(),
                pins,
                rounds);
        RoomState state = new RoomState(details, view);
        state.addListener(new RoomState.Listener() {
            @Override
            public void pinChanged(Pin pin) {
                heard.add("pin " + pin.text() + (pin.proposal() == null ? "" : " (draft)"));
            }

            @Override
            public void roundChanged(Round round, boolean newRound) {
                heard.add("round " + round.number() + (round.open() ? " open" : " closed") + (newRound ? " new" : ""));
            }

            @Override
            public void totalsChanged(Round round) {
                heard.add("totals " + round.totals() + " v" + round.version());
            }

            @Override
            public void viewMoved(FacilitatorView view) {
                heard.add("view " + view.zoom() + (view.followMe() ? " follow" : ""));
            }

            @Override
            public void ended() {
                heard.add("ended");
            }
        });
        return state;
    }

    private RoomState open() {
        return state(WorkshopState.OPEN, List.of(), List.of(), null);
    }

    private static Pin pin(String text) {
        return new Pin(PinId.random(), "Per", true, 59.895, 10.53, text, T0, null);
    }

    private static Round round(RoundId id, int number, boolean open, Map<String, Integer> totals, long version) {
        return new Round(
                id,
                number,
                3,
                T0,
                T0.plusSeconds(120),
                open ? null : T0.plusSeconds(60),
                open,
                List.of(new Round.Item("pin:a", "A"), new Round.Item("pin:b", "B")),
                totals,
                version);
    }

    @Test
    void eventsAreAppliedInTheOrderTheyArrive() {
        RoomState state = open();
        Pin a = pin("Sykkelparkering");
        Pin b = pin("Benker");
        RoundId r1 = RoundId.random();
        ProposalId draft = new ProposalId(UUID.randomUUID());

        state.apply(new WorkshopEvent.PinPlaced(workshop, BAERUM, a));
        state.apply(new WorkshopEvent.PinPlaced(workshop, BAERUM, b));
        state.apply(new WorkshopEvent.PinConverted(workshop, BAERUM, a.id(), draft));
        state.apply(new WorkshopEvent.RoundChanged(workshop, BAERUM, round(r1, 1, true, Map.of(), 1)));
        state.apply(new WorkshopEvent.DotsChanged(workshop, BAERUM, r1, Map.of("pin:a", 2), 2));
        state.apply(new WorkshopEvent.RoundChanged(workshop, BAERUM, round(r1, 1, false, Map.of("pin:a", 2), 3)));
        state.apply(new WorkshopEvent.ViewMoved(workshop, BAERUM, new FacilitatorView(59.9, 10.5, 14, true)));
        state.apply(new WorkshopEvent.Ended(workshop, BAERUM));

        assertThat(heard)
                .containsExactly(
                        "pin Sykkelparkering",
                        "pin Benker",
                        "pin Sykkelparkering (draft)",
                        "round 1 open new",
                        "totals {pin:a=2} v2",
                        "round 1 closed",
                        "view 14 follow",
                        "ended");
        assertThat(state.pins())
                .as("a converted idea keeps its place")
                .extracting(Pin::text)
                .containsExactly("Sykkelparkering", "Benker");
        assertThat(state.pins().getFirst().proposal()).isEqualTo(draft);
        assertThat(state.round().open()).isFalse();
        assertThat(state.round().total("pin:a")).isEqualTo(2);
        assertThat(state.isFollowMeOn()).isTrue();
    }

    @Test
    void staleDotTotalsAreIgnored() {
        RoundId r1 = RoundId.random();
        RoomState state = state(WorkshopState.OPEN, List.of(), List.of(round(r1, 1, true, Map.of(), 1)), null);

        state.apply(new WorkshopEvent.DotsChanged(workshop, BAERUM, r1, Map.of("pin:a", 3), 5));
        state.apply(new WorkshopEvent.DotsChanged(workshop, BAERUM, r1, Map.of("pin:a", 1), 4));
        state.apply(new WorkshopEvent.DotsChanged(workshop, BAERUM, r1, Map.of("pin:a", 1), 5));

        assertThat(heard).containsExactly("totals {pin:a=3} v5");
        assertThat(state.round().total("pin:a")).isEqualTo(3);
        assertThat(state.round().version()).isEqualTo(5);
    }

    @Test
    void dotsOfAnotherRoundAreIgnored() {
        RoundId r2 = RoundId.random();
        RoomState state = state(WorkshopState.OPEN, List.of(), List.of(round(r2, 2, true, Map.of(), 1)), null);

        state.apply(new WorkshopEvent.DotsChanged(workshop, BAERUM, RoundId.random(), Map.of("pin:a", 3), 9));

        assertThat(heard).isEmpty();
        assertThat(state.round().total("pin:a")).isZero();
    }

    @Test
    void aLateEndOfAnEarlierRoundDoesNotReplaceTheRunningOne() {
        RoundId r1 = RoundId.random();
        RoundId r2 = RoundId.random();
        RoomState state = open();

        state.apply(new WorkshopEvent.RoundChanged(workshop, BAERUM, round(r2, 2, true, Map.of(), 1)));
        state.apply(new WorkshopEvent.RoundChanged(workshop, BAERUM, round(r1, 1, false, Map.of(), 7)));
        state.apply(new WorkshopEvent.RoundChanged(workshop, BAERUM, round(r2, 2, true, Map.of(), 1)));

        assertThat(heard).containsExactly("round 2 open new");
        assertThat(state.round().id()).isEqualTo(r2);
        assertThat(state.round().open()).isTrue();
    }

    @Test
    void anIdeaPlacedHereAndItsEventShowOnce() {
        RoomState state = open();
        Pin mine = pin("Ladepunkter");

        state.putPin(mine);
        state.apply(new WorkshopEvent.PinPlaced(workshop, BAERUM, mine));

        assertThat(state.pins()).extracting(Pin::text).containsExactly("Ladepunkter");
    }

    @Test
    void aConversionOfAnUnknownIdeaChangesNothing() {
        RoomState state = open();

        state.apply(
                new WorkshopEvent.PinConverted(workshop, BAERUM, PinId.random(), new ProposalId(UUID.randomUUID())));

        assertThat(heard).isEmpty();
        assertThat(state.pins()).isEmpty();
    }

    @Test
    void followMeCountsOnlyWhileTheWorkshopIsOpenAndTheFacilitatorAsks() {
        FacilitatorView following = new FacilitatorView(59.9, 10.5, 14, true);
        assertThat(state(WorkshopState.OPEN, List.of(), List.of(), null).isFollowMeOn())
                .isFalse();
        assertThat(state(WorkshopState.OPEN, List.of(), List.of(), following).isFollowMeOn())
                .isTrue();
        assertThat(state(WorkshopState.ENDED, List.of(), List.of(), following).isFollowMeOn())
                .isFalse();

        RoomState state = state(WorkshopState.OPEN, List.of(), List.of(), following);
        state.apply(new WorkshopEvent.ViewMoved(workshop, BAERUM, new FacilitatorView(59.9, 10.5, 15, false)));
        assertThat(state.isFollowMeOn()).isFalse();
        assertThat(state.view().zoom()).isEqualTo(15);
    }
}
