package id.banggaelokal.quotation;

import static id.banggaelokal.quotation.QuotationStatus.AWARDED;
import static id.banggaelokal.quotation.QuotationStatus.NOT_AWARDED;
import static id.banggaelokal.quotation.QuotationStatus.SUBMITTED;
import static id.banggaelokal.quotation.QuotationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.error.ProblemKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Quotation and negotiation-round lifecycles, every action from every state. */
class QuotationStatusTest {

  @Test
  void onlyASubmittedQuotationMoves() {
    for (QuotationStatus.Action action : QuotationStatus.Action.values()) {
      for (QuotationStatus from : QuotationStatus.values()) {
        if (from == SUBMITTED) {
          QuotationStatus expected =
              switch (action) {
                case REVISE, NEGOTIATE -> SUBMITTED;
                case WITHDRAW -> WITHDRAWN;
                case AWARD -> AWARDED;
                case NOT_AWARD -> NOT_AWARDED;
              };
          assertEquals(expected, action.applyTo(from), action + " from " + from);
        } else {
          ApiException refused = assertThrows(ApiException.class, () -> action.applyTo(from));
          assertEquals(ProblemKind.CONFLICT, refused.kind(), action + " from " + from);
        }
      }
    }
    for (QuotationStatus final_ : EnumSet.of(WITHDRAWN, AWARDED, NOT_AWARDED)) {
      for (QuotationStatus to : QuotationStatus.values()) {
        assertEquals(false, final_.canTransitionTo(to), final_ + " to " + to);
      }
    }
  }

  @Test
  void aRoundIsAnsweredOnce() {
    for (CounterOfferStatus.Action action : CounterOfferStatus.Action.values()) {
      for (CounterOfferStatus from : CounterOfferStatus.values()) {
        if (from == CounterOfferStatus.PENDING) {
          assertEquals(
              CounterOfferStatus.valueOf(
                  switch (action) {
                    case ACCEPT -> "ACCEPTED";
                    case DECLINE -> "DECLINED";
                    case COUNTER -> "COUNTERED";
                  }),
              action.applyTo(from));
        } else {
          ApiException refused = assertThrows(ApiException.class, () -> action.applyTo(from));
          assertEquals(ProblemKind.CONFLICT, refused.kind(), action + " from " + from);
        }
      }
    }
  }
}
