package no.samskap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samskap: participatory co-creation for Norwegian municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamskapApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamskapApplication.class, args);
    }
}
