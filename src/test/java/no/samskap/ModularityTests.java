package no.samskap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/** The module rules of ADR 0001, checked on every build rather than remembered. */
class ModularityTests {

    /** Modules that know no feature: value types, generic components, the event bus and the shell. */
    private static final Set<String> FOUNDATION = Set.of("shared", "map", "chart", "live", "protection", "ui");
    /** Modules the shell and the foundation may lean on besides each other. */
    private static final Set<String> PLATFORM = Set.of("identity", "municipality");

    private final ApplicationModules modules = ApplicationModules.of(SamskapApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        List<String> undeclared = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Class<?> info = Class.forName("no.samskap." + name + ".package-info");
            var declaration = info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            if (declaration == null
                    || List.of(declaration.allowedDependencies())
                            .contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(name);
            }
        }
        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
    }

    @Test
    void foundationModulesDependOnNoFeature() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()).toList())
                .containsAll(FOUNDATION);
        for (String name : FOUNDATION) {
            ApplicationModule module = modules.getModuleByName(name).orElseThrow();
            List<String> features = module.getDirectDependencies(modules).stream()
                    .map(ApplicationModuleDependency::getTargetModule)
                    .map(m -> m.getIdentifier().toString())
                    .filter(target -> !FOUNDATION.contains(target) && !PLATFORM.contains(target))
                    .distinct()
                    .toList();
            assertThat(features).as("feature modules %s depends on", name).isEmpty();
        }
    }
}
