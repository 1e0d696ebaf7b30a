package id.banggaelokal.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list. */
public class PageParams {

  public static final int MAX_SIZE = 100;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(10_000_000)
  @Parameter(description = "Page number, from 0.", example = "0")
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  @Parameter(description = "Items per page, at most 100.", example = "20")
  int size;

  public PageParams() {}

  public PageParams(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  /** Offset of the first item of the page. */
  public long offset() {
    return (long) page * size;
  }
}
