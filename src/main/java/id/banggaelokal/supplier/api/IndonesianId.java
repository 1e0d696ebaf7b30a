package id.banggaelokal.supplier.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field holds an Indonesian identifier of the given kind, in a form {@link IndonesianIds}
 * accepts. Null is valid (combine with {@code @NotNull} where the field is required).
 */
@Documented
@Constraint(validatedBy = IndonesianId.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndonesianId {

  Kind value();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  enum Kind {
    NIB("{supplier.nib.format}"),
    NPWP("{supplier.npwp.format}"),
    NIK("{supplier.nik.format}"),
    NITKU("{supplier.nitku.format}"),
    KBLI("{supplier.kbli.format}"),
    PHONE("{supplier.phone.format}"),
    BANK_ACCOUNT("{supplier.bank-account.format}");

    private final String messageTemplate;

    Kind(String messageTemplate) {
      this.messageTemplate = messageTemplate;
    }

    boolean accepts(String value) {
      return switch (this) {
        case NIB -> IndonesianIds.isNib(value);
        case NPWP -> IndonesianIds.normaliseNpwp(value).isPresent();
        case NIK -> IndonesianIds.isNik(value);
        case NITKU -> IndonesianIds.isNitku(value);
        case KBLI -> IndonesianIds.isKbli(value);
        case PHONE -> IndonesianIds.normalisePhone(value).isPresent();
        case BANK_ACCOUNT -> IndonesianIds.isBankAccountNumber(value);
      };
    }
  }

  class Validator implements ConstraintValidator<IndonesianId, String> {

    private Kind kind;
    private boolean defaultMessage;

    @Override
    public void initialize(IndonesianId annotation) {
      this.kind = annotation.value();
      this.defaultMessage = annotation.message().isEmpty();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || kind.accepts(value)) {
        return true;
      }
      if (defaultMessage) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(kind.messageTemplate).addConstraintViolation();
      }
      return false;
    }
  }
}
