package id.banggaelokal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.supplier.api.IndonesianIds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndonesianIdsTest {

  @Test
  void npwpIsNormalisedToSixteenDigits() {
    assertEquals(
        Optional.of("0012345678901000"), IndonesianIds.normaliseNpwp("01.234.567.8-901.000"));
    assertEquals(Optional.of("3579014501800001"), IndonesianIds.normaliseNpwp("3579014501800001"));
    assertEquals(Optional.empty(), IndonesianIds.normaliseNpwp("01.234.567.8-901"));
    assertEquals(Optional.empty(), IndonesianIds.normaliseNpwp("01.234.567.8-901.00x"));
    assertEquals(Optional.empty(), IndonesianIds.normaliseNpwp("000000000000000"));
  }

  @Test
  void phonesAreNormalisedToPlus62() {
    assertEquals(Optional.of("+6281234567890"), IndonesianIds.normalisePhone("0812-3456-7890"));
    assertEquals(Optional.of("+62341512345"), IndonesianIds.normalisePhone("(0341) 512345"));
    assertEquals(Optional.of("+6281234567890"), IndonesianIds.normalisePhone("+62 812 3456 7890"));
    assertEquals(Optional.empty(), IndonesianIds.normalisePhone("+1 415 555 0100"));
    assertEquals(Optional.empty(), IndonesianIds.normalisePhone("08123"));
    assertEquals(Optional.empty(), IndonesianIds.normalisePhone("+620812345678"));
  }

  @Test
  void fixedLengthIdentifiers() {
    assertTrue(IndonesianIds.isNib("9120001234567"));
    assertFalse(IndonesianIds.isNib("912000123456"));
    assertTrue(IndonesianIds.isNik("3579014501800001"));
    assertFalse(IndonesianIds.isNik("0000000000000000"));
    assertTrue(IndonesianIds.isKbli("10794"));
    assertFalse(IndonesianIds.isKbli("107945"));
    assertTrue(IndonesianIds.isNitku("0012345678901000000001"));
    assertTrue(IndonesianIds.isBankAccountNumber("0011223344"));
    assertFalse(IndonesianIds.isBankAccountNumber("0011-223344"));
  }
}
