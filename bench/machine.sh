# Sourced by the bench scripts: prints the lines that say which machine and which stores the results come from.
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
echo "Machine: $(nproc) cores ($CPU), $(free -g | awk '/Mem:/{print $2}') GiB memory; .NET $(dotnet --version);"
PG_VERSION=$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version)
echo "$PG_VERSION (shared_buffers=2GB); SQLite through Microsoft.Data.Sqlite."
