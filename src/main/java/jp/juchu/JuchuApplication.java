package jp.juchu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Juchu", sharedModules = "core")
public class JuchuApplication {

    public static void main(String[] args) {
        SpringApplication.run(JuchuApplication.class, args);
    }
}
