package id.banggaelokal.notification;

import id.banggaelokal.notification.api.NotificationResponse;
import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.openapi.ApiDefinition;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = ApiDefinition.BEARER)
public class NotificationResource {

  private final NotificationService notifications;
  private final Messages messages;

  NotificationResource(NotificationService notifications, Messages messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listMyNotifications",
      summary = "My notifications, newest first",
      description =
          "A supplier's, or those for the caller's role (buyer, approver, treasurer) in its work"
              + " unit; texts in the language of Accept-Language.")
  @APIResponse(responseCode = "200", description = "One page of notifications.")
  public Page<NotificationResponse> mine(
      @Context HttpHeaders headers, @Valid @BeanParam PageParams paging) {
    return notifications.mine(messages.negotiate(headers), paging);
  }
}
