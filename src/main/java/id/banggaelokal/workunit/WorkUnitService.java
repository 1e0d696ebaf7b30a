package id.banggaelokal.workunit;

import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.WorkUnitDirectory;
import id.banggaelokal.platform.version.Versions;
import id.banggaelokal.workunit.api.WorkUnitCreateRequest;
import id.banggaelokal.workunit.api.WorkUnitResponse;
import id.banggaelokal.workunit.api.WorkUnitUpdateRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Work units: what the admin manages, and what other features ask about a work unit. */
@ApplicationScoped
public class WorkUnitService implements WorkUnitDirectory {

  static final String ENTITY = "work_unit";

  private final WorkUnitRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  WorkUnitService(WorkUnitRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public WorkUnitResponse create(WorkUnitCreateRequest request) {
    if (repository.existsByCode(request.code())) {
      throw ApiException.duplicate("code", "workunit.code.taken", request.code());
    }
    WorkUnit workUnit =
        new WorkUnit(
            request.code(),
            request.name().trim(),
            trimmed(request.address()),
            trimmed(request.email()),
            now());
    repository.persistAndFlush(workUnit);
    repository.forgetSummaries();
    WorkUnitResponse created = toResponse(workUnit);
    audit.record("work_unit.created", ENTITY, workUnit.id(), null, created);
    return created;
  }

  @Transactional
  public Page<WorkUnitResponse> search(String text, Boolean active, PageParams paging) {
    return repository.search(text, active, paging).map(WorkUnitService::toResponse);
  }

  @Transactional
  public WorkUnitResponse get(long id) {
    return toResponse(find(id));
  }

  @Transactional
  public WorkUnitResponse update(long id, WorkUnitUpdateRequest request, String ifMatch) {
    WorkUnit workUnit = find(id);
    Versions.checkIfMatch(ifMatch, workUnit.version());
    WorkUnitResponse before = toResponse(workUnit);
    workUnit.rename(
        request.name().trim(), trimmed(request.address()), trimmed(request.email()), now());
    repository.flush();
    repository.forgetSummaries();
    WorkUnitResponse after = toResponse(workUnit);
    audit.record("work_unit.updated", ENTITY, id, before, after);
    return after;
  }

  /** Deactivates (or reactivates) a work unit; its staff can no longer act for it. */
  @Transactional
  public WorkUnitResponse setActive(long id, boolean active, String ifMatch) {
    WorkUnit workUnit = find(id);
    Versions.checkIfMatch(ifMatch, workUnit.version());
    WorkUnitResponse before = toResponse(workUnit);
    if (!workUnit.setActive(active, now())) {
      throw ApiException.conflict(
          active ? "workunit.already-active" : "workunit.already-inactive", workUnit.code());
    }
    repository.flush();
    repository.forgetSummaries();
    WorkUnitResponse after = toResponse(workUnit);
    audit.record(
        active ? "work_unit.activated" : "work_unit.deactivated", ENTITY, id, before, after);
    return after;
  }

  @Override
  @Transactional
  public boolean isActive(String code) {
    return repository.isActive(code);
  }

  /** The mailbox of a work unit, where its notifications go, if it has one. */
  @Transactional
  public Optional<String> emailOf(String code) {
    return repository.findByCode(code).map(WorkUnit::email);
  }

  /** The name of a work unit, if it exists. */
  @Transactional
  public Optional<String> nameOf(String code) {
    return repository.nameOf(code);
  }

  /** The names of these work units by code; unknown codes are left out. */
  @Transactional
  public Map<String, String> namesOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return repository.list("code in ?1", Set.copyOf(codes)).stream()
        .collect(Collectors.toMap(WorkUnit::code, WorkUnit::name));
  }

  private WorkUnit find(long id) {
    return repository
        .findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("workunit.not-found", Long.toString(id)));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static WorkUnitResponse toResponse(WorkUnit workUnit) {
    return new WorkUnitResponse(
        workUnit.id(),
        workUnit.code(),
        workUnit.name(),
        workUnit.address(),
        workUnit.email(),
        workUnit.active(),
        workUnit.version(),
        workUnit.createdAt(),
        workUnit.updatedAt());
  }
}
