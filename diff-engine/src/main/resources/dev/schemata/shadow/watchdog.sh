# Stops an embedded PostgreSQL server when the JVM that started it dies, however it dies (even SIGKILL).
# Runs as: /bin/sh -c "<this script>" watchdog <postmaster pid> <data directory> <delete: true|false>
# Its standard input is a pipe whose only writer is that JVM: end of input means the JVM is gone, or
# let go of it. A JVM that closes a persistent server ends this script first, with SIGTERM; one that closes a
# temporary server stops the server, then closes the pipe, and this script, finding the server gone, deletes
# its data while the JVM goes on.

# A terminal's Ctrl-C or hang-up reaches the whole process group: the JVM then stops the server itself.
trap '' HUP INT

while read -r _; do :; done

pid=$1
data=$2
# the server is still ours while its postmaster.pid is there: the process id alone may be reused
running() {
    [ -f "$data/postmaster.pid" ] && kill -0 "$pid" 2>/dev/null
}
# waits up to $1 seconds for the server to end
ended_within() {
    waited=0
    while running; do
        [ "$waited" -ge "$1" ] && return 1
        sleep 1
        waited=$((waited + 1))
    done
    return 0
}

if running; then
    # fast shutdown: the dead JVM's sessions are aborted, not waited for
    kill -INT "$pid" 2>/dev/null
    ended_within 20 || { kill -QUIT "$pid" 2>/dev/null; ended_within 5; } || kill -KILL "$pid" 2>/dev/null
fi
if [ "$3" = true ]; then
    rm -rf "$data"
fi
