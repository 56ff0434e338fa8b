#!/usr/bin/env bash
# A private Virtuoso for tests and the bench: its own virtuoso.ini, database folder and free local ports,
# so it never touches the Debian package's daemon (which stays disabled until a dba password is set).
#
#   test/setup/virtuoso.sh start DIR   creates DIR (or reuses the database already in it), starts virtuoso-t,
#                                      waits until it answers, and writes DIR/env (source it; the variables
#                                      are listed below). Prints the same lines on stdout.
#   test/setup/virtuoso.sh stop DIR    stops the server started in DIR (the database stays, so start again
#                                      reopens it); with --clean also removes DIR.
#
# DIR/env sets KG_TEST_VIRTUOSO (http://127.0.0.1:PORT), KG_TEST_VIRTUOSO_USER / _PASSWORD (a user with
# SPARQL_UPDATE and a random password, for /sparql-graph-crud-auth), KG_TEST_VIRTUOSO_ISQL (the SQL port, for
# isql-vt), KG_TEST_VIRTUOSO_DBA_PASSWORD, KG_TEST_VIRTUOSO_DIR (DIR) and KG_TEST_VIRTUOSO_LOAD_DIR (a folder the
# server may bulk-load files from: DirsAllowed).
#
# A developer: eval "$(test/setup/virtuoso.sh start /tmp/kg-virtuoso)"; npx vitest run --project node test/push
set -euo pipefail

command_name=${1:-}
dir=${2:-}
if [ -z "$command_name" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR [--clean]" >&2
  exit 2
fi

# curl may be absent on a minimal image; node is always there.
answers() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));' "http://127.0.0.1:$1/sparql?query=ASK%7B%7D"
}

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

case "$command_name" in
  start)
    command -v virtuoso-t >/dev/null 2>&1 || { echo "virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)" >&2; exit 3; }
    mkdir -p "$dir/db" "$dir/load"
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/virtuoso.pid" ] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
      echo "a Virtuoso started in $dir is already running (pid $(cat "$dir/virtuoso.pid"))" >&2
      exit 1
    fi
    fresh=0
    [ -f "$dir/db/virtuoso.db" ] || fresh=1
    if [ "$fresh" = 1 ] || [ ! -f "$dir/ports" ]; then
      sql_port=$(free_port)
      http_port=$(free_port)
      while [ "$http_port" = "$sql_port" ]; do http_port=$(free_port); done
      echo "$sql_port $http_port" >"$dir/ports"
    fi
    read -r sql_port http_port <"$dir/ports"
    # The smallest ini that runs: the package's defaults, our paths and ports, a result limit above the
    # example queries' answers, and DirsAllowed for the bulk loader's folder.
    cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., $dir/load, /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 64
MaxQueryMem = 1G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
EnabledGzipContent = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DeferInferenceRulesInit = 0
EOF
    (cd "$dir/db" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/virtuoso.out" 2>&1) &
    echo $! >"$dir/virtuoso.pid"
    pid=$(cat "$dir/virtuoso.pid")
    # A fresh database takes a few seconds to create; a loaded CI machine, longer.
    for _ in $(seq 1 240); do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "virtuoso-t exited while starting; its log:" >&2
        tail -n 30 "$dir/virtuoso.out" "$dir/db/virtuoso.log" >&2 2>/dev/null || true
        exit 1
      fi
      if answers "$http_port"; then break; fi
      sleep 0.5
    done
    answers "$http_port" || { echo "Virtuoso did not answer on port $http_port within 120 s" >&2; exit 1; }
    if [ "$fresh" = 1 ]; then
      # A fresh database's dba password is "dba": replace it, and make a push user with SPARQL_UPDATE (the
      # role /sparql-graph-crud-auth checks). Random passwords: the server listens on 127.0.0.1 only, but
      # nothing about it should be guessable. They start with a letter: SET PASSWORD reads an identifier.
      dba_password=k$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
      user_password=k$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
      isql-vt "127.0.0.1:$sql_port" dba dba >"$dir/isql-setup.out" 2>&1 <<EOF
DB.DBA.USER_CREATE('kgpush', '$user_password');
GRANT SPARQL_UPDATE TO "kgpush";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET('kgpush', 3);
GRANT SELECT ON DB.DBA.LOAD_LIST TO "kgpush";
SET PASSWORD dba $dba_password;
EOF
      if grep -q "Error" "$dir/isql-setup.out"; then
        echo "setting up Virtuoso's users failed:" >&2
        cat "$dir/isql-setup.out" >&2
        exit 1
      fi
      printf '%s %s\n' "$dba_password" "$user_password" >"$dir/secrets"
      chmod 600 "$dir/secrets"
    fi
    read -r dba_password user_password <"$dir/secrets"
    cat >"$dir/env" <<EOF
export KG_TEST_VIRTUOSO=http://127.0.0.1:$http_port
export KG_TEST_VIRTUOSO_USER=kgpush
export KG_TEST_VIRTUOSO_PASSWORD=$user_password
export KG_TEST_VIRTUOSO_DBA_PASSWORD=$dba_password
export KG_TEST_VIRTUOSO_ISQL=$sql_port
export KG_TEST_VIRTUOSO_DIR=$dir
export KG_TEST_VIRTUOSO_LOAD_DIR=$dir/load
EOF
    chmod 600 "$dir/env"
    cat "$dir/env"
    ;;
  stop)
    if [ -f "$dir/virtuoso.pid" ]; then
      pid=$(cat "$dir/virtuoso.pid")
      if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
      fi
      rm -f "$dir/virtuoso.pid"
    fi
    if [ "${3:-}" = "--clean" ]; then rm -rf "$dir"; fi
    ;;
  *)
    echo "usage: $0 start|stop DIR [--clean]" >&2
    exit 2
    ;;
esac
