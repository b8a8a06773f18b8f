package io.fieldguide.migration.devtoken;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/dev/token}; optional, the default is an admin token for "demo-admin". */
public record DevTokenRequest(
        @Schema(examples = "demo-admin") @Pattern(regexp = "[\\w.@-]{1,100}", message = "must be a plain user name")
                String user,
        @Schema(examples = "[\"migration-admin\"]") @Size(max = 10)
                Set<@Pattern(regexp = "[\\w-]{1,50}", message = "must be a plain role name") String> roles) {}
