#!/usr/bin/env bash
# spark-submit where no Spark is installed: Spark's jars from the local Maven repository, laid out as a
# SPARK_HOME's jars/, and Spark's own launcher run as bin/spark-submit runs it (through bin/spark-class:
# org.apache.spark.launcher.Main prints the java command, JVM options and class path included, and the
# command is run). The arguments are spark-submit's:
#
#   spark/spark-submit-from-maven.sh --class dev.usageschema.spark.example.UsageAudit --master 'local[2]' \
#     spark/target/usage-schema-spark-0.1.0-SNAPSHOT-job.jar 200000 /tmp/audit
#
# JAVA_HOME picks the JDK, as for spark-submit. The jars are the spark module's compile class path less
# usage-schema's own: Spark 4.2.0 and the versions the build resolves for it (mvn -o, nothing fetched).
set -euo pipefail
module=$(cd "$(dirname "$0")" && pwd)
export SPARK_HOME="$module/target/spark-home"
export SPARK_SCALA_VERSION=2.13

if [ ! -d "$SPARK_HOME/jars" ]; then
  classpath="$module/target/spark-classpath.txt"
  # In the reactor, so that usage-schema's own modules resolve to their builds, then are left out.
  (cd "$module/.." && mvn -B -o -q -pl spark -am dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$classpath" >&2)
  mkdir -p "$SPARK_HOME/jars.new"
  tr ':' '\n' < "$classpath" | grep -v '/dev/usageschema/' | while read -r jar; do
    ln -s "$jar" "$SPARK_HOME/jars.new/"
  done
  mv "$SPARK_HOME/jars.new" "$SPARK_HOME/jars"
fi

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The launcher prints its own messages, then a NUL line, then the command NUL-separated, then (added
# here, as spark-class adds it) its exit code.
command=()
delimiter=$'\n'
started=false
while IFS= read -d "$delimiter" -r argument; do
  if [ "$started" = true ]; then
    command+=("$argument")
  elif [ -z "$argument" ]; then
    delimiter=''
    started=true
  else
    echo "$argument" >&2
  fi
done < <("$java" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
  org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
last=$((${#command[@]} - 1))
if [ "$last" -lt 0 ] || [ "${command[$last]}" != 0 ]; then
  exit "${command[$last]:-1}"
fi
exec "${command[@]:0:$last}"
