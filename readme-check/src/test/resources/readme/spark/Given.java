package readme.spark;

import dev.usageschema.spark.UsageSpark;
import org.apache.spark.sql.SparkSession;

/** What the blocks of README's "Spark" take as given. */
abstract class Given {
    SparkSession spark;
}
