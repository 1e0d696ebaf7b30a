package id.banggaelokal.platform.security;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Dev mode: the work unit of each user of the OIDC Dev Service, by the token's subject. */
@ConfigMapping(prefix = "banggaelokal.dev")
interface DevUsersConfig {

  Map<String, String> workUnits();
}
