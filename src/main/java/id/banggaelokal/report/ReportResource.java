package id.banggaelokal.report;

import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports for the procurement office and the inspectorate, as JSON or, with {@code Accept:
 * text/csv}, as CSV; both are streamed.
 */
@Path("/api/v1/admin/reports")
@Produces({MediaType.APPLICATION_JSON, ReportFormat.TEXT_CSV})
@Tag(name = "Reports")
@SecurityRequirement(name = ApiDefinition.BEARER)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class ReportResource {

  /** The longest period one report covers. */
  static final int MAX_YEARS = 5;

  private final Reports reports;
  private final Clock clock;

  ReportResource(Reports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GET
  @Path("/spend")
  @Operation(
      operationId = "reportSpend",
      description =
          "Paid amounts grouped by work unit, storefront or supplier (by), over the period (city days, inclusive; this year by default, at most 5 years). JSON by default, CSV with Accept: text/csv.",
      summary = "Paid amounts by work unit, storefront or supplier over a period")
  @APIResponse(
      responseCode = "200",
      description = "One row per work unit, storefront or supplier, largest amount first.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = ReportFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response spend(
      @BeanParam @Valid PeriodQuery query,
      @Parameter(description = "What the amounts add up by.")
          @QueryParam("by")
          @DefaultValue("WORK_UNIT")
          Reports.SpendBy by,
      @Context HttpHeaders headers) {
    return answer(
        "spend",
        period(query),
        headers,
        (period, format) -> out -> reports.spend(period, by, format, out));
  }

  @GET
  @Path("/suppliers")
  @Operation(
      operationId = "reportSuppliers",
      description =
          "One row per supplier, whatever its status, with its activity in the period (city days, inclusive; this year by default, at most 5 years). JSON by default, CSV with Accept: text/csv.",
      summary =
          "Every supplier: verification status, document expiries, rating, orders and paid"
              + " amounts in the period")
  @APIResponse(
      responseCode = "200",
      description = "One row per supplier.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = ReportFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response suppliers(@BeanParam @Valid PeriodQuery query, @Context HttpHeaders headers) {
    return answer(
        "suppliers",
        period(query),
        headers,
        (period, format) -> out -> reports.suppliers(period, format, out));
  }

  @GET
  @Path("/payments")
  @Operation(
      operationId = "reportPayments",
      description =
          "One row per payment in the period (city days, inclusive; this year by default, at most 5 years), optionally of one work unit. JSON by default, CSV with Accept: text/csv; streamed.",
      summary = "Payments of a period with due date, paid date and days late")
  @APIResponse(
      responseCode = "200",
      description = "One row per payment, in payment order.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = ReportFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response payments(@BeanParam @Valid PeriodQuery query, @Context HttpHeaders headers) {
    return answer(
        "payments",
        period(query),
        headers,
        (period, format) -> out -> reports.payments(period, format, out));
  }

  /** The period and work unit every report takes. */
  public static class PeriodQuery {
    @Parameter(description = "First day (city time); 1 January of this year by default.")
    @QueryParam("from")
    LocalDate from;

    @Parameter(description = "Last day, inclusive; 31 December of from's year by default.")
    @QueryParam("to")
    LocalDate to;

    @Parameter(description = "Only this work unit's purchases (its code).")
    @QueryParam("workUnit")
    @Size(max = 50)
    String workUnit;
  }

  private interface Body {
    StreamingOutput of(Reports.Period period, ReportFormat format);
  }

  private static Response answer(
      String name, Reports.Period period, HttpHeaders headers, Body body) {
    ReportFormat format = ReportFormat.of(headers);
    Response.ResponseBuilder response = Response.ok(body.of(period, format), format.mediaType);
    if (format == ReportFormat.CSV) {
      response.header(
          "Content-Disposition",
          "attachment; filename=\"%s-%s-%s.csv\"".formatted(name, period.from(), period.to()));
    }
    return response.build();
  }

  /** The period asked for: this calendar year in the city by default, at most five years. */
  private Reports.Period period(PeriodQuery query) {
    LocalDate from = query.from;
    LocalDate to = query.to;
    String workUnit = query.workUnit;
    LocalDate today = LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
    LocalDate start = from != null ? from : (to != null ? to : today).withDayOfYear(1);
    LocalDate end = to != null ? to : start.withDayOfYear(start.lengthOfYear());
    if (end.isBefore(start)) {
      throw ApiException.invalid("to", "report.period.order");
    }
    if (end.isAfter(start.plusYears(MAX_YEARS))) {
      throw ApiException.invalid("to", "report.period.length", MAX_YEARS);
    }
    String code = workUnit == null || workUnit.isBlank() ? null : workUnit.strip();
    return new Reports.Period(start, end, code);
  }
}
