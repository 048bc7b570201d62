package io.github.chuxin.persistence.jdbc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
class SmokeTest {
  @Test void postgresStarts() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
         var c = pg.getPostgresDatabase().getConnection();
         var rs = c.createStatement().executeQuery("select version()")) {
      rs.next();
      System.out.println("VERSION " + rs.getString(1));
      assertThat(rs.getString(1)).contains("PostgreSQL");
    }
  }
}
