package id.banggaelokal.workunit.api;

/** Shapes of work-unit fields, shared by the requests and the OpenAPI document. */
final class WorkUnitFields {

  static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,31}$";
  static final int NAME_MAX = 200;
  static final int ADDRESS_MAX = 500;

  private WorkUnitFields() {}
}
